package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** An instalment of the recovery plan was missed: the exemption no longer holds (R2.3). */
@Revision("1")
public record ExemptionRevoked(
        CaseId caseId,
        LoanId loanId,
        String exemptionId,
        LocalDate missedInstalmentDueDate,
        BigDecimal amountDue,
        BigDecimal amountPaid,
        String policyVersion) implements CaseEvent {
}
