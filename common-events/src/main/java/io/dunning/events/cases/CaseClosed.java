package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The case is closed, with its reason. A loan overdue again later opens a new case (R1.12). */
@Revision("1")
public record CaseClosed(
        CaseId caseId,
        LoanId loanId,
        CloseReason reason,
        LocalDate closedOn,
        String sourceEventId) implements CaseEvent {
}
