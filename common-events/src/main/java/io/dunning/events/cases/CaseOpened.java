package io.dunning.events.cases;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A delinquent loan opened a collection case (R1.1). One open case per loan; a loan cured and overdue again opens a new one (R1.12). */
@Revision("1")
public record CaseOpened(
        CaseId caseId,
        LoanId loanId,
        CustomerId customerId,
        BranchId branchId,
        String product,
        String currency,
        BigDecimal principalOutstanding,
        Arrears arrears,
        int daysPastDue,
        LocalDate oldestUnpaidDueDate,
        boolean principalMatured,
        List<Obligor> obligors,
        LocalDate openedOn,
        String sourceEventId,
        String policyVersion) implements CaseEvent {
}
