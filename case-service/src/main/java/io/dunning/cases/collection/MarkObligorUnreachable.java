package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The obligor cannot be reached: third parties may now be contacted, never told of the debt (R6.5). */
public record MarkObligorUnreachable(
        @TargetAggregateIdentifier CaseId caseId,
        PartyId partyId,
        String reason,
        UserId markedBy) {
}
