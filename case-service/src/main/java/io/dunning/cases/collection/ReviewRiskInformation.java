package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record that risk information was looked up, and what it showed (R1.2). */
public record ReviewRiskInformation(
        @TargetAggregateIdentifier CaseId caseId,
        String summary,
        UserId reviewedBy) {
}
