package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** Head-office risk management rejected the exemption request (R2.2). */
@Revision("1")
public record ExemptionRejected(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        UserId rejectedBy,
        String reason) implements CaseEvent {
}
