package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A contact with a party of the case, recorded in full (R4.1, R4.2, R6.4): no personal data, the party is a
 * reference into the party store and {@code place} a description (never an address). A visit carries its
 * evidence (R4.3) and at least two collectors (R6.3). A promise agreed in it is a PromiseMade with {@code promiseId}.
 */
@Revision("1")
public record ContactRecorded(
        CaseId caseId,
        LoanId loanId,
        String contactId,
        ContactChannel channel,
        Instant occurredAt,
        String place,
        List<UserId> participants,
        PartyId party,
        ContactedParty partyKind,
        String pointsMade,
        String customerReaction,
        String agreement,
        String promiseId,
        String recordingRef,
        List<String> photoRefs,
        UserId recordedBy) implements CaseEvent {
}
