package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * The obligor cannot be reached: only now may third parties (family, contacts) be contacted, and never told of
 * the debt (R6.5). An answered call to the obligor makes the obligor reachable again.
 */
@Revision("1")
public record ObligorMarkedUnreachable(
        CaseId caseId,
        LoanId loanId,
        PartyId partyId,
        String reason,
        UserId markedBy) implements CaseEvent {
}
