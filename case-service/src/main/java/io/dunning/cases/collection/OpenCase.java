package io.dunning.cases.collection;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a collection case for a loan core banking reported delinquent for the first time (R1.1). */
public record OpenCase(
        @TargetAggregateIdentifier CaseId caseId,
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
        LocalDate asOf,
        String sourceEventId) {
}
