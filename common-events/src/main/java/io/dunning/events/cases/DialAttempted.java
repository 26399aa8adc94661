package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A call was dialled to a party's contact point (a reference such as {@code mobile-1}, never the number itself);
 * answered means a conversation took place. The history the call caps and the cooling-off are decided on (R6.1, R6.2).
 */
@Revision("1")
public record DialAttempted(
        CaseId caseId,
        LoanId loanId,
        PartyId partyId,
        String contactPoint,
        Instant at,
        boolean answered,
        UserId recordedBy) implements CaseEvent {
}
