package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record an action taken on an open complaint (R6.8). */
public record HandleComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        String complaintId,
        String actionTaken,
        UserId handledBy) {
}
