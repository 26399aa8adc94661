package io.dunning.events.corebanking;

import java.math.BigDecimal;

/** Arrears as core banking reports them. */
public record ReportedArrears(BigDecimal principal, BigDecimal interest, BigDecimal penalty) {
}
