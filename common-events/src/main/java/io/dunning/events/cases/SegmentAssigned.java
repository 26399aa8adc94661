package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.UserId;
import org.axonframework.serialization.Revision;

/** The customer's segment, which steers the strategy (RULEBOOK section 7); it may change. */
@Revision("1")
public record SegmentAssigned(
        CaseId caseId,
        LoanId loanId,
        CustomerSegment segment,
        CustomerSegment previousSegment,
        CollectionStrategy strategy,
        String reason,
        UserId assignedBy,
        String policyVersion) implements CaseEvent {
}
