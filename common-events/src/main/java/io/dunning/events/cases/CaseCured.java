package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The arrears are cleared: escalation stops and pending dispatches are cancelled (R1.11). */
@Revision("1")
public record CaseCured(
        CaseId caseId,
        LoanId loanId,
        LocalDate curedOn,
        String paymentId) implements CaseEvent {
}
