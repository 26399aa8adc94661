package io.dunning.cases.escalation;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The escalation ladder read as sentences: a rung is due when its threshold is passed, its condition holds
 * and it has not happened yet (R1.9, R1.10). Every number comes from the {@link CollectionPolicy}.
 */
public final class Ladder {

    private Ladder() {
    }

    /** The rungs due now, in ladder order: each passed rung that has not happened yet, once (R1.9). */
    public static List<LadderRule> dueNow(CollectionPolicy policy, Delinquency standing, List<Obligor> obligors,
                                          Set<LadderStep> done) {
        return policy.ladder().stream()
                .filter(rule -> !done.contains(rule.step()))
                .filter(rule -> standing.daysPastDue() >= rule.minDaysPastDue())
                .filter(rule -> holds(rule.condition(), standing, obligors))
                .toList();
    }

    /** The days past due from which the rung with this action is due, if the policy has one. */
    public static OptionalInt thresholdOf(CollectionPolicy policy, StepAction action) {
        return policy.ladder().stream()
                .filter(rule -> rule.action() == action)
                .mapToInt(LadderRule::minDaysPastDue)
                .findFirst();
    }

    /** Whether the litigation threshold of the policy is passed at these days past due (R1.8). */
    public static boolean litigationThresholdPassed(CollectionPolicy policy, int daysPastDue) {
        OptionalInt threshold = thresholdOf(policy, StepAction.REQUIRE_LITIGATION);
        return threshold.isPresent() && daysPastDue >= threshold.getAsInt();
    }

    /** Who a rung addresses among the loan's obligors, in the order the loan lists them. */
    public static List<Obligor> recipients(Recipients recipients, List<Obligor> obligors) {
        return obligors.stream().filter(obligor -> addresses(recipients, obligor.role())).toList();
    }

    private static boolean holds(StepCondition condition, Delinquency standing, List<Obligor> obligors) {
        return switch (condition == null ? StepCondition.ALWAYS : condition) {
            case ALWAYS -> true;
            case HAS_GUARANTORS -> obligors.stream().anyMatch(o -> o.role() == ObligorRole.GUARANTOR);
            case PRINCIPAL_NOT_MATURED -> standing.interestOverdueBeforeMaturity();
        };
    }

    private static boolean addresses(Recipients recipients, ObligorRole role) {
        return switch (recipients == null ? Recipients.NONE : recipients) {
            case BORROWERS -> role == ObligorRole.BORROWER;
            case GUARANTORS -> role == ObligorRole.GUARANTOR;
            case ALL_OBLIGORS -> true;
            case NONE -> false;
        };
    }
}
