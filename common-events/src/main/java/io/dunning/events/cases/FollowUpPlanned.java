package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The next collection action is planned (R1.2, and after a broken promise, R5.1). */
@Revision("1")
public record FollowUpPlanned(
        CaseId caseId,
        LoanId loanId,
        LocalDate dueOn,
        String action,
        UserId plannedBy) implements CaseEvent {
}
