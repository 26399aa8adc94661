package io.dunning.events.common;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One instalment of a recovery or repayment plan: an amount due on a date. */
public record PlanInstalment(BigDecimal amount, LocalDate dueDate) {
}
