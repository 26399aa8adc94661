package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import org.axonframework.serialization.Revision;

/** The litigation file is prepared (诉前准备, R1.5). */
@Revision("1")
public record LitigationPrepared(
        CaseId caseId,
        LoanId loanId,
        int daysPastDue,
        String policyVersion) implements CaseEvent {
}
