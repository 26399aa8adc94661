package io.dunning.cases.escalation;

import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The bank's collection policy in force: every threshold, recipient and letter of the ladder, and the
 * numbers the other rules use. Bound from configuration ({@code dunning.case.policy.*}); its
 * {@link #version()} is recorded on every decision event.
 *
 * @param version            the version in force, recorded on each decision, e.g. {@code 2026.1-handbook}
 * @param bankZone           the bank's zone: dates from core banking and promise due dates are days in this zone
 * @param ladder             the rungs of the escalation ladder, in ladder order
 * @param promiseFollowUpDays days after a broken promise by which follow-up is due (R5.1)
 * @param returnedLetterFollowUpDays days after a letter came back by which the address is verified and a home
 *                           visit made (R1.3, R3.2)
 * @param strategies         the strategy each customer segment steers the case to (R7.1-R7.3)
 */
public record CollectionPolicy(
        String version,
        ZoneId bankZone,
        List<LadderRule> ladder,
        int promiseFollowUpDays,
        int returnedLetterFollowUpDays,
        Map<CustomerSegment, CollectionStrategy> strategies) {

    public CollectionPolicy {
        ladder = List.copyOf(ladder);
        strategies = Map.copyOf(strategies);
    }
}
