package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PlanInstalment;
import io.dunning.events.common.UserId;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A staged repayment plan: a series of promises (R5.2), justified by hardship where there is one (R5.3). */
@Revision("1")
public record RepaymentPlanAgreed(
        CaseId caseId,
        LoanId loanId,
        String planId,
        List<PlanInstalment> instalments,
        String hardshipReason,
        UserId agreedBy) implements CaseEvent {
}
