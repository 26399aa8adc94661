package io.dunning.contact.worklist;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * R4.4 priority of work, by amount overdue and the customer's history:
 * <pre>
 * priority = amountOverdue × (1 + brokenPromiseWeight × promisesBroken
 *                              + returnedLetterWeight × lettersReturned
 *                              + daysPastDueWeight × min(daysPastDue, daysPastDueCap))
 * </pre>
 * Defaults 0.5, 0.25, 0.01, 180: a broken promise weighs like 50 more days past due; amount dominates. The same
 * formula orders the worklist in SQL ({@link WorklistQueries}).
 */
public record WorklistPriority(BigDecimal brokenPromiseWeight, BigDecimal returnedLetterWeight,
                               BigDecimal daysPastDueWeight, int daysPastDueCap) {

    public BigDecimal of(BigDecimal amountOverdue, int promisesBroken, int lettersReturned, int daysPastDue) {
        BigDecimal multiplier = BigDecimal.ONE
                .add(brokenPromiseWeight.multiply(BigDecimal.valueOf(promisesBroken)))
                .add(returnedLetterWeight.multiply(BigDecimal.valueOf(lettersReturned)))
                .add(daysPastDueWeight.multiply(BigDecimal.valueOf(Math.min(daysPastDue, daysPastDueCap))));
        return amountOverdue.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
    }

    String sql() {
        return "amount_overdue * (1 + CAST(? AS NUMERIC) * promises_broken + CAST(? AS NUMERIC) * letters_returned"
                + " + CAST(? AS NUMERIC) * LEAST(days_past_due, ?))";
    }

    Object[] sqlArguments() {
        return new Object[] {brokenPromiseWeight, returnedLetterWeight, daysPastDueWeight, daysPastDueCap};
    }
}
