package io.dunning.cases.exemption;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A missed instalment of a recovery plan: what was due by its date and what was paid since approval (R2.3). */
public record Shortfall(String exemptionId, LocalDate missedDueDate, BigDecimal amountDue, BigDecimal amountPaid) {
}
