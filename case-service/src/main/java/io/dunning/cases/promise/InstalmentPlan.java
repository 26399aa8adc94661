package io.dunning.cases.promise;

import io.dunning.events.common.PlanInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A series of amounts due on dates, as a recovery plan (R2.1) or a staged repayment plan (R5.2) has them.
 */
public final class InstalmentPlan {

    private InstalmentPlan() {
    }

    /** What is wrong with the plan, if anything: it must have instalments, positive amounts and increasing dates. */
    public static Optional<String> defect(List<PlanInstalment> plan) {
        if (plan == null || plan.isEmpty()) {
            return Optional.of("the plan has no instalments");
        }
        LocalDate previous = null;
        for (PlanInstalment instalment : plan) {
            if (instalment.amount() == null || instalment.amount().signum() <= 0) {
                return Optional.of("every instalment needs a positive amount");
            }
            if (instalment.dueDate() == null || (previous != null && !instalment.dueDate().isAfter(previous))) {
                return Optional.of("instalment dates must be set and strictly increasing");
            }
            previous = instalment.dueDate();
        }
        return Optional.empty();
    }

    /** The amount the plan has asked for up to and including this date. */
    public static BigDecimal dueThrough(List<PlanInstalment> plan, LocalDate date) {
        return plan.stream()
                .filter(instalment -> !instalment.dueDate().isAfter(date))
                .map(PlanInstalment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A date has passed at the start of the next day in the bank's zone: that is when it is judged. */
    public static Instant dayAfter(LocalDate dueDate, ZoneId bankZone) {
        return dueDate.plusDays(1).atStartOfDay(bankZone).toInstant();
    }
}
