package io.dunning.cases.collection;

import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Assign (or change) the customer's segment (RULEBOOK section 7). */
public record AssignSegment(
        @TargetAggregateIdentifier CaseId caseId,
        CustomerSegment segment,
        String reason,
        UserId assignedBy) {
}
