package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A call was dialled to a party; answered means a conversation took place (the history of R6.1, R6.2). */
public record RecordDialAttempt(
        @TargetAggregateIdentifier CaseId caseId,
        PartyId partyId,
        String contactPoint,
        Instant at,
        boolean answered,
        UserId recordedBy) {
}
