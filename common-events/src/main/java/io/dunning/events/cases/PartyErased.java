package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A party's personal data was erased (crypto-shredding: its data key destroyed, R6.7; DESIGN.md 3). Recorded on
 * every case of the party; from then on the party reads as erased wherever it is shown.
 */
@Revision("1")
public record PartyErased(
        CaseId caseId,
        LoanId loanId,
        PartyId partyId,
        UserId erasedBy,
        Instant erasedAt) implements CaseEvent {
}
