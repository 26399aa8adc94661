package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The branch asks not to sue, with a written reason and a recovery plan (R2.1). */
public record RequestExemption(
        @TargetAggregateIdentifier CaseId caseId,
        String exemptionId,
        String reason,
        List<PlanInstalment> plan,
        UserId requestedBy) {
}
