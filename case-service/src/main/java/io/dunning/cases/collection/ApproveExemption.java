package io.dunning.cases.collection;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Head-office risk management approves an exemption; only an authorised approver who is not the requester may (R2.2). */
public record ApproveExemption(
        @TargetAggregateIdentifier CaseId caseId,
        String exemptionId,
        UserId approvedBy,
        boolean authorisedApprover) {
}
