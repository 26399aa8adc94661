package io.dunning.cases.collection;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** notice-service reports a reminder SMS the gateway could not send. */
public record RecordNoticeFailed(
        @TargetAggregateIdentifier CaseId caseId,
        LadderStep step,
        PartyId recipient,
        String smsId,
        String reason,
        Instant failedAt,
        String sourceEventId) {
}
