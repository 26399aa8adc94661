package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** notice-service reports a letter delivered, with the proof of delivery (R3.2). */
public record RecordNoticeDelivered(
        @TargetAggregateIdentifier CaseId caseId,
        String letterNumber,
        String waybill,
        String proofOfDeliveryRef,
        Instant deliveredAt,
        String sourceEventId) {
}
