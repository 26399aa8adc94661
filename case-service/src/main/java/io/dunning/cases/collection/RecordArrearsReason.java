package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record why the customer fell into arrears (R1.2). */
public record RecordArrearsReason(
        @TargetAggregateIdentifier CaseId caseId,
        String reason,
        UserId recordedBy) {
}
