package io.dunning.cases.promise;

import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A promise not judged yet. {@code target} is what payments since the promise must reach: its amount, or
 * for an instalment of a plan the plan's amount due up to its date (payments count toward the plan in order).
 */
record OpenPromise(
        String promiseId,
        BigDecimal amount,
        LocalDate dueDate,
        String planId,
        UserId recordedBy,
        BigDecimal target,
        BigDecimal paidSince) {

    OpenPromise paid(BigDecimal payment) {
        return new OpenPromise(promiseId, amount, dueDate, planId, recordedBy, target, paidSince.add(payment));
    }

    boolean covered() {
        return paidSince.compareTo(target) >= 0;
    }

    boolean partOf(String plan) {
        return planId != null && planId.equals(plan);
    }
}
