package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The customer promised to pay an amount by a date (R5.1); part of a plan when planId is set (R5.2). */
@Revision("1")
public record PromiseMade(
        CaseId caseId,
        LoanId loanId,
        String promiseId,
        BigDecimal amount,
        LocalDate dueDate,
        String planId,
        UserId recordedBy) implements CaseEvent {
}
