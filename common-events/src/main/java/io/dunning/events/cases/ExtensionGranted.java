package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Hardship justified more time to pay (R5.3). */
@Revision("1")
public record ExtensionGranted(
        CaseId caseId,
        LoanId loanId,
        LocalDate extendedTo,
        String hardshipReason,
        UserId grantedBy) implements CaseEvent {
}
