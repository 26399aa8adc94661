package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** An action was taken on an open complaint (R6.8); a complaint may be handled more than once before it closes. */
@Revision("1")
public record ComplaintHandled(
        CaseId caseId,
        LoanId loanId,
        String complaintId,
        String actionTaken,
        UserId handledBy) implements CaseEvent {
}
