package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Litigation was filed; the case is in the legal track from now on (R2.4). */
@Revision("1")
public record LitigationFiled(
        CaseId caseId,
        LoanId loanId,
        String court,
        String courtCaseReference,
        LocalDate filedOn,
        UserId filedBy) implements CaseEvent {
}
