package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Payments since the promise cover it (R5.1). */
@Revision("1")
public record PromiseKept(
        CaseId caseId,
        LoanId loanId,
        String promiseId,
        BigDecimal amount,
        LocalDate dueDate,
        BigDecimal paidSincePromise) implements CaseEvent {
}
