package io.dunning.cases.collection;

import io.dunning.events.cases.ContactChannel;
import io.dunning.events.cases.ContactedParty;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a contact in full (R4.1, R4.2): who met whom, when, where, what was said and agreed. A promise agreed
 * ({@code promisedAmount} and {@code promisedBy} both set) becomes a PromiseMade (R5.1). A visit needs two
 * collectors (R6.3) and its evidence (R4.3); {@code recordedBy} must be one of the participants (R6.4).
 */
public record RecordContact(
        @TargetAggregateIdentifier CaseId caseId,
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
        BigDecimal promisedAmount,
        LocalDate promisedBy,
        String recordingRef,
        List<String> photoRefs,
        UserId recordedBy) {

    boolean promises() {
        return promisedAmount != null || promisedBy != null;
    }
}
