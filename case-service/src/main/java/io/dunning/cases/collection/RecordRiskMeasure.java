package io.dunning.cases.collection;

import io.dunning.events.cases.RiskMeasure;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a risk-control measure taken on the case (RULEBOOK section 8). */
public record RecordRiskMeasure(
        @TargetAggregateIdentifier CaseId caseId,
        RiskMeasure measure,
        String note,
        UserId recordedBy) {
}
