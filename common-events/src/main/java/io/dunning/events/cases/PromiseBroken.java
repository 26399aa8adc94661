package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The promise's date passed uncovered; follow-up is due (R5.1). */
@Revision("1")
public record PromiseBroken(
        CaseId caseId,
        LoanId loanId,
        String promiseId,
        BigDecimal amount,
        LocalDate dueDate,
        BigDecimal paidSincePromise,
        LocalDate followUpOn) implements CaseEvent {
}
