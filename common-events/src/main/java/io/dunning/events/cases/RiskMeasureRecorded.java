package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** A risk-control measure taken on the case (RULEBOOK section 8). */
@Revision("1")
public record RiskMeasureRecorded(
        CaseId caseId,
        LoanId loanId,
        RiskMeasure measure,
        String note,
        UserId recordedBy) implements CaseEvent {
}
