package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Someone saw a party's personal data unmasked (R6.7: every access accountable): who, in which role, whom, why and
 * when. Never the revealed data itself. Recorded on the case the reveal was for, or on every case of the party
 * when the reveal named none; {@code revealId} is the row of case-service's reveal audit.
 */
@Revision("1")
public record PersonalDataRevealed(
        CaseId caseId,
        LoanId loanId,
        String revealId,
        PartyId partyId,
        UserId revealedBy,
        String revealedByRole,
        String reason,
        Instant revealedAt) implements CaseEvent {
}
