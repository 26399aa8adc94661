package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** notice-service reports a letter returned by the courier, with the reason and the returned item (R3.2). */
public record RecordNoticeReturned(
        @TargetAggregateIdentifier CaseId caseId,
        String letterNumber,
        String waybill,
        String returnReason,
        String returnedItemRef,
        Instant returnedAt,
        String sourceEventId) {
}
