package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** Head-office risk management approved the exemption (R2.2). */
@Revision("1")
public record ExemptionApproved(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        UserId approvedBy,
        String policyVersion) implements CaseEvent {
}
