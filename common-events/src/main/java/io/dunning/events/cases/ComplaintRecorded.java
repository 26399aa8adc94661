package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** A complaint about the collection of this case was received and recorded (R6.8). */
@Revision("1")
public record ComplaintRecorded(
        CaseId caseId,
        LoanId loanId,
        String complaintId,
        ComplaintChannel channel,
        String summary,
        Instant receivedAt,
        UserId recordedBy) implements CaseEvent {
}
