package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record on the case that an obligor's personal data was erased (crypto-shredding, R6.7). */
public record RecordPartyErased(
        @TargetAggregateIdentifier CaseId caseId,
        PartyId partyId,
        UserId erasedBy,
        Instant erasedAt) {
}
