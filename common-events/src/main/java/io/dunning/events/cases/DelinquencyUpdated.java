package io.dunning.events.cases;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Core banking reported the loan's arrears and days past due again. */
@Revision("1")
public record DelinquencyUpdated(
        CaseId caseId,
        LoanId loanId,
        int previousDaysPastDue,
        int daysPastDue,
        Arrears arrears,
        BigDecimal principalOutstanding,
        boolean principalMatured,
        LocalDate asOf,
        String sourceEventId) implements CaseEvent {
}
