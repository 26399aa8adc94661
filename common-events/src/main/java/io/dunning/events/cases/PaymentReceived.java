package io.dunning.events.cases;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A payment was posted against the loan (R1.11); partial payments lower the arrears. */
@Revision("1")
public record PaymentReceived(
        CaseId caseId,
        LoanId loanId,
        String paymentId,
        BigDecimal amount,
        String currency,
        LocalDate valueDate,
        Arrears arrearsAfter,
        String sourceEventId) implements CaseEvent {
}
