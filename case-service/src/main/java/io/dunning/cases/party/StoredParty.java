package io.dunning.cases.party;

import java.time.Instant;

/** A party row as stored: ciphertext, the wrapped data key (null once erased), version. No clear data. */
record StoredParty(String partyId, byte[] ciphertext, byte[] wrappedDataKey, long version, Instant updatedAt,
                   Instant erasedAt) {

    boolean erased() {
        return erasedAt != null;
    }
}
