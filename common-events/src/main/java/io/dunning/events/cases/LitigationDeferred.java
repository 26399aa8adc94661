package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import org.axonframework.serialization.Revision;

/** The litigation duty fell due while an approved exemption holds: litigation is deferred (R2.3). */
@Revision("1")
public record LitigationDeferred(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        int daysPastDue,
        String policyVersion) implements CaseEvent {
}
