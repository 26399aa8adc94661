package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** Why the customer fell into arrears (R1.2). */
@Revision("1")
public record ArrearsReasonRecorded(
        CaseId caseId,
        LoanId loanId,
        String reason,
        UserId recordedBy) implements CaseEvent {
}
