package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** The whole loan falls due: principal not yet matured but interest overdue (R1.7). */
@Revision("1")
public record AccelerationDeclared(
        CaseId caseId,
        LoanId loanId,
        int daysPastDue,
        BigDecimal principalOutstanding,
        String policyVersion) implements CaseEvent {
}
