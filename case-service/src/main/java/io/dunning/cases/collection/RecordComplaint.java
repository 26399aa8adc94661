package io.dunning.cases.collection;

import io.dunning.events.cases.ComplaintChannel;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a complaint about the collection of the case (R6.8). */
public record RecordComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        String complaintId,
        ComplaintChannel channel,
        String summary,
        Instant receivedAt,
        UserId recordedBy) {
}
