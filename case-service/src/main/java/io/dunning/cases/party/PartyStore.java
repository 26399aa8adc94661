package io.dunning.cases.party;

import io.dunning.events.common.PartyId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The encrypted party store (DESIGN.md 3) on tables {@code party_key} and {@code party} (V5). Callers bring the
 * transaction: core banking's record handler stores personal data in the transaction of its processed event id
 * and case command, a chunk of records at a time ({@link PartyBatch}). Only ciphertext and wrapped keys reach the
 * database; nothing here logs.
 */
@Component
public class PartyStore {

    private final JdbcTemplate jdbc;
    private final PartyCipher cipher;

    PartyStore(JdbcTemplate jdbc, PartyCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A batch of writes in the caller's transaction: a chunk of core-banking records' obligors (PartyBatch). */
    public PartyBatch batch() {
        return new PartyBatch(jdbc, cipher);
    }

    Optional<StoredParty> find(PartyId partyId) {
        return jdbc.query("""
                SELECT p.party_id, p.personal_data, k.wrapped_key, p.version, p.updated_at, k.erased_at
                FROM party p JOIN party_key k ON k.party_id = p.party_id WHERE p.party_id = ?""",
                (rs, row) -> new StoredParty(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getLong(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))), partyId.value())
                .stream().findFirst();
    }

    PersonalData decrypt(StoredParty party) {
        return cipher.decrypt(party.partyId(), party.wrappedDataKey(), party.ciphertext());
    }

    /** Crypto-shredding: destroys the party's data key; the ciphertext stays and can never be read again. */
    boolean destroyKey(PartyId partyId, String erasedBy, Instant at) {
        return jdbc.update("UPDATE party_key SET wrapped_key = NULL, erased_at = ?, erased_by = ?"
                + " WHERE party_id = ? AND erased_at IS NULL", Timestamp.from(at), erasedBy, partyId.value()) == 1;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
