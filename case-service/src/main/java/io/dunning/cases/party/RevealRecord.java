package io.dunning.cases.party;

import java.time.Instant;

/**
 * PersonalDataRevealed, as kept in {@code reveal_audit}: who saw whose personal data, why, when, for which case.
 * It names the party, never its data. Not a case event yet (the case aggregate has no reveal command).
 */
public record RevealRecord(String revealId, String partyId, String caseId, String revealedBy, Role role,
                           String reason, Instant revealedAt) {
}
