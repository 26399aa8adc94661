package io.dunning.cases.party;

import io.dunning.events.common.PartyId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chunk's writes to the party store ({@link PartyStore}), in the chunk's transaction: the keys of all the chunk's
 * parties are locked and read in one query (in party order, so that two consumers lock alike), each report is
 * applied to a copy in memory, and each party changed is written once, before the chunk commits: its latest data,
 * encrypted once, with its version raised by the number of reports that changed it. The result is the one of
 * storing the reports one by one, at a fraction of the round trips (a party is named by every daily report of
 * its loans). A party new to the store gets its key when the batch is written, so a record that is refused leaves
 * no key behind. Nothing here logs; personal data is held in memory until the write only.
 */
public final class PartyBatch {

    private record Stored(byte[] wrappedKey, LocalDate asOf) {

        boolean erased() {
            return wrappedKey == null;
        }
    }

    private record Change(PersonalData data, LocalDate asOf, String sourceEventId, int count) {
    }

    private final JdbcTemplate jdbc;
    private final PartyCipher cipher;
    private final Map<String, Stored> stored = new HashMap<>();
    private final Set<String> withoutKey = new HashSet<>();
    private final Map<String, Change> changes = new LinkedHashMap<>();

    PartyBatch(JdbcTemplate jdbc, PartyCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Locks and reads the keys of the parties not read yet. */
    public void read(Collection<PartyId> parties) {
        Set<String> unread = new TreeSet<>();
        parties.forEach(party -> {
            if (!stored.containsKey(party.value()) && !withoutKey.contains(party.value())) {
                unread.add(party.value());
            }
        });
        if (unread.isEmpty()) {
            return;
        }
        withoutKey.addAll(unread);
        lock(unread).forEach((id, party) -> {
            withoutKey.remove(id);
            stored.put(id, party);
        });
    }

    /**
     * Stores (or replaces) a party's personal data as reported on {@code asOf}, as {@link PartyStore} does: a later
     * report wins (an older one arriving late changes nothing), each change bumps the version, an erased party
     * stays erased.
     */
    public void record(PartyId partyId, PersonalData data, LocalDate asOf, String sourceEventId) {
        String id = partyId.value();
        read(List.of(partyId));
        Stored party = stored.get(id);
        if (party != null && party.erased()) {
            return;
        }
        Change before = changes.get(id);
        LocalDate current = before != null ? before.asOf() : party == null ? null : party.asOf();
        if (current == null || !asOf.isBefore(current)) {
            changes.put(id, new Change(data, asOf, sourceEventId, before == null ? 1 : before.count() + 1));
        }
    }

    /** Writes every party changed; called once, before the transaction commits. */
    public void write() {
        createKeys();
        List<Object[]> rows = new ArrayList<>();
        changes.forEach((id, change) -> {
            Stored party = stored.get(id);
            if (party != null && !party.erased()) {
                rows.add(new Object[] {id, cipher.encrypt(id, party.wrappedKey(), change.data()), change.asOf(),
                        change.count(), change.sourceEventId()});
            }
        });
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO party (party_id, personal_data, as_of, version, source_event_id, updated_at)
                    VALUES (?, ?, ?, ?, ?, now())
                    ON CONFLICT (party_id) DO UPDATE SET personal_data = EXCLUDED.personal_data,
                        as_of = EXCLUDED.as_of, version = party.version + EXCLUDED.version,
                        source_event_id = EXCLUDED.source_event_id, updated_at = now()
                    WHERE party.as_of <= EXCLUDED.as_of""", rows);
        }
    }

    /** Keys for the changed parties that had none (another transaction may have created one since: kept). */
    private void createKeys() {
        Set<String> missing = new TreeSet<>(changes.keySet());
        missing.retainAll(withoutKey);
        if (missing.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO party_key (party_id, wrapped_key) VALUES (?, ?) ON CONFLICT (party_id) DO NOTHING",
                missing.stream().map(id -> new Object[] {id, cipher.newWrappedDataKey(id)}).toList());
        withoutKey.removeAll(missing);
        stored.putAll(lock(missing));
    }

    private Map<String, Stored> lock(Set<String> partyIds) {
        Map<String, Stored> locked = new HashMap<>();
        jdbc.query("""
                SELECT k.party_id, k.wrapped_key, p.as_of FROM party_key k LEFT JOIN party p ON p.party_id = k.party_id
                WHERE k.party_id = ANY(?) ORDER BY k.party_id FOR UPDATE OF k""",
                rs -> {
                    locked.put(rs.getString(1), new Stored(rs.getBytes(2), rs.getObject(3, LocalDate.class)));
                }, (Object) partyIds.toArray(String[]::new));
        return locked;
    }
}
