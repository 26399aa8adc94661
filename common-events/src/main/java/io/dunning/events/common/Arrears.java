package io.dunning.events.common;

import java.math.BigDecimal;

/** Amounts overdue, split as core banking books them. */
public record Arrears(BigDecimal principal, BigDecimal interest, BigDecimal penalty) {

    public static final Arrears NONE = new Arrears(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal total() {
        return principal.add(interest).add(penalty);
    }

    public boolean cleared() {
        return total().signum() == 0;
    }
}
