package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The courier returned the letter: the reason and the reference of the returned item are kept on the case (R3.2).
 * The case follows it with a {@link FollowUpPlanned} (verify the address, home visit: R1.3).
 */
@Revision("1")
public record NoticeReturned(
        CaseId caseId,
        LoanId loanId,
        String letterNumber,
        String waybill,
        String returnReason,
        String returnedItemRef,
        Instant returnedAt,
        String sourceEventId) implements CaseEvent {
}
