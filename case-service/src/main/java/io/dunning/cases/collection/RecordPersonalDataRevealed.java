package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record on the case that an obligor's personal data was shown unmasked (R6.7): who, in which role, why, when. */
public record RecordPersonalDataRevealed(
        @TargetAggregateIdentifier CaseId caseId,
        String revealId,
        PartyId partyId,
        UserId revealedBy,
        String role,
        String reason,
        Instant revealedAt) {
}
