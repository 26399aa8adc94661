package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** A complaint was closed with its outcome (R6.8); it stays in the case's history. */
@Revision("1")
public record ComplaintClosed(
        CaseId caseId,
        LoanId loanId,
        String complaintId,
        String outcome,
        UserId closedBy) implements CaseEvent {
}
