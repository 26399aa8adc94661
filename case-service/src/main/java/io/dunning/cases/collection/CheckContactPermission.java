package io.dunning.cases.collection;

import io.dunning.events.cases.ConductChannel;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * May this party be contacted on this channel at {@code at} (RULEBOOK section 6)? Answered with the decision and
 * recorded on the case as {@code ContactPermitted} or {@code ContactRefused}.
 *
 * @param timeZone     the party's own time zone
 * @param contactPoint the contact number's reference the unanswered-attempts cap counts per; null for the primary
 */
public record CheckContactPermission(
        @TargetAggregateIdentifier CaseId caseId,
        PartyId partyId,
        ConductChannel channel,
        ZoneId timeZone,
        Instant at,
        String contactPoint,
        UserId checkedBy) {
}
