package io.dunning.cases.escalation;

import io.dunning.events.common.Arrears;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where the loan stands as core banking last reported it: days past due, arrears, and whether the principal
 * has matured.
 */
public record Delinquency(
        int daysPastDue,
        Arrears arrears,
        BigDecimal principalOutstanding,
        boolean principalMatured,
        LocalDate asOf) {

    /** Interest is overdue while the principal itself is not yet due: the loan may be accelerated (R1.7). */
    public boolean interestOverdueBeforeMaturity() {
        return !principalMatured && arrears.interest().signum() > 0;
    }

    /** A report older than this one, or identical to it, changes nothing. */
    public boolean supersedes(Delinquency last) {
        if (last == null || asOf.isAfter(last.asOf())) {
            return true;
        }
        return asOf.isEqual(last.asOf()) && !sameStandingAs(last);
    }

    /** The same standing with the arrears lowered by a payment or a waiver. */
    public Delinquency withArrears(Arrears lowered) {
        return new Delinquency(daysPastDue, lowered, principalOutstanding, principalMatured, asOf);
    }

    private boolean sameStandingAs(Delinquency other) {
        return daysPastDue == other.daysPastDue
                && principalMatured == other.principalMatured
                && arrears.total().compareTo(other.arrears.total()) == 0
                && principalOutstanding.compareTo(other.principalOutstanding) == 0;
    }
}
