package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** An approval was refused: the approver is the requester or not authorised (R2.2, four eyes). */
@Revision("1")
public record ExemptionApprovalRefused(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        UserId attemptedBy,
        String reason) implements CaseEvent {
}
