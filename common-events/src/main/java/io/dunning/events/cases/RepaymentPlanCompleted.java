package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import org.axonframework.serialization.Revision;

/** Every instalment of the plan was kept (R5.2). */
@Revision("1")
public record RepaymentPlanCompleted(
        CaseId caseId,
        LoanId loanId,
        String planId) implements CaseEvent {
}
