package io.dunning.cases.party;

import java.time.Instant;

/**
 * A reveal as kept in {@code reveal_audit}: who saw whose personal data, why, when, for which case. It names the
 * party, never its data. Recorded on the party's case(s) as the case event PersonalDataRevealed ({@link PartyCases}).
 */
public record RevealRecord(String revealId, String partyId, String caseId, String revealedBy, Role role,
                           String reason, Instant revealedAt) {
}
