package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Agree a staged repayment plan: a series of promises (R5.2, R5.3). */
public record AgreeRepaymentPlan(
        @TargetAggregateIdentifier CaseId caseId,
        String planId,
        List<PlanInstalment> instalments,
        String hardshipReason,
        UserId agreedBy) {
}
