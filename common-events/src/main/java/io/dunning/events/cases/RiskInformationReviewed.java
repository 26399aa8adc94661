package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** Risk information was looked up for the case (R1.2). */
@Revision("1")
public record RiskInformationReviewed(
        CaseId caseId,
        LoanId loanId,
        String summary,
        UserId reviewedBy) implements CaseEvent {
}
