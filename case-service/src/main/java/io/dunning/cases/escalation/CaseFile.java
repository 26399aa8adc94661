package io.dunning.cases.escalation;

import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import java.util.List;

/** What every decision of the ladder names: the case, its loan, the sending branch and the obligors. */
public record CaseFile(CaseId caseId, LoanId loanId, BranchId branchId, List<Obligor> obligors) {

    public CaseFile {
        obligors = List.copyOf(obligors);
    }
}
