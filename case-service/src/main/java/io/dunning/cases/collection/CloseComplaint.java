package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close an open complaint with its outcome (R6.8). */
public record CloseComplaint(
        @TargetAggregateIdentifier CaseId caseId,
        String complaintId,
        String outcome,
        UserId closedBy) {
}
