package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import org.axonframework.serialization.Revision;

/** Hardship justified waiving part of the penalty interest; principal is still recovered first (R5.3). */
@Revision("1")
public record PenaltyWaived(
        CaseId caseId,
        LoanId loanId,
        BigDecimal amount,
        String hardshipReason,
        UserId grantedBy) implements CaseEvent {
}
