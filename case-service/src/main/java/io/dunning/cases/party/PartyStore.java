package io.dunning.cases.party;

import io.dunning.events.common.PartyId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The encrypted party store (DESIGN.md 3) on tables {@code party_key} and {@code party} (V5). Callers bring the
 * transaction: core banking's record handler stores personal data in the transaction of its processed event id
 * and case command. Only ciphertext and wrapped keys reach the database; nothing here logs.
 */
@Component
public class PartyStore {

    private final JdbcTemplate jdbc;
    private final PartyCipher cipher;

    PartyStore(JdbcTemplate jdbc, PartyCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * Stores (or replaces) a party's personal data as reported on {@code asOf}: a later report wins (an older one
     * arriving late changes nothing), each change bumps the version. An erased party stays erased: its data is
     * not stored again.
     *
     * @return true if stored, false if older than the stored data or the party is erased
     */
    public boolean record(PartyId partyId, PersonalData data, LocalDate asOf, String sourceEventId) {
        String id = partyId.value();
        List<byte[]> keys = lockedKey(id);
        if (keys.isEmpty()) {
            // a new party (the daily reports of a known one skip this round trip and the key generation)
            jdbc.update("INSERT INTO party_key (party_id, wrapped_key) VALUES (?, ?) ON CONFLICT (party_id) DO NOTHING",
                    id, cipher.newWrappedDataKey(id));
            keys = lockedKey(id);
        }
        byte[] wrappedKey = keys.isEmpty() ? null : keys.get(0);
        if (wrappedKey == null) {
            return false;
        }
        return jdbc.update("""
                INSERT INTO party (party_id, personal_data, as_of, version, source_event_id, updated_at)
                VALUES (?, ?, ?, 1, ?, now())
                ON CONFLICT (party_id) DO UPDATE SET personal_data = EXCLUDED.personal_data, as_of = EXCLUDED.as_of,
                    version = party.version + 1, source_event_id = EXCLUDED.source_event_id, updated_at = now()
                WHERE party.as_of <= EXCLUDED.as_of""",
                id, cipher.encrypt(id, wrappedKey, data), asOf, sourceEventId) == 1;
    }

    /** The party's wrapped key, locked until the transaction ends: none if no key row, null if erased. */
    private List<byte[]> lockedKey(String partyId) {
        return jdbc.query("SELECT wrapped_key FROM party_key WHERE party_id = ? FOR UPDATE",
                (rs, row) -> rs.getBytes(1), partyId);
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
