package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** The branch asks not to sue: a written reason and a recovery plan (R2.1). */
@Revision("1")
public record ExemptionRequested(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        UserId requestedBy,
        String reason,
        List<PlanInstalment> plan) implements CaseEvent {
}
