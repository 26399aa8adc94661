package io.dunning.contact.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dunning.events.cases.PartyErased;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the timeline: {@link #on} applies one event (in the caller's transaction) and returns the id of the
 * entry it created or updated. Keyed entries are upserted atomically ({@code INSERT ... ON CONFLICT}): null fields
 * keep the stored value, the status only moves up its rank, the entry keeps the time it first occurred and its
 * version counts the updates. Delivery and return name only the letter number, so they update the entry holding
 * that number.
 */
public class TimelineProjector {

    private static final String UPSERT = """
            INSERT INTO timeline_entry (entry_key, case_id, loan_id, type, occurred_at, updated_at, summary, step,
                channel, letter_type, letter_number, recipient_role, branch_id, waybill, status, status_rank,
                evidence_ref, amount, due_date, party_id, details)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
            ON CONFLICT (entry_key) DO UPDATE SET
                occurred_at = LEAST(timeline_entry.occurred_at, EXCLUDED.occurred_at),
                updated_at = GREATEST(timeline_entry.updated_at, EXCLUDED.updated_at),
                version = timeline_entry.version + 1,
                summary = CASE WHEN timeline_entry.summary LIKE 'Letter %' OR timeline_entry.summary LIKE '% dispatch'
                               OR timeline_entry.summary = 'SMS reminder'
                               OR (timeline_entry.status = 'DEFERRED' AND EXCLUDED.status_rank >= 0)
                          THEN EXCLUDED.summary ELSE timeline_entry.summary END,
                step = COALESCE(EXCLUDED.step, timeline_entry.step),
                channel = COALESCE(timeline_entry.channel, EXCLUDED.channel),
                letter_type = COALESCE(EXCLUDED.letter_type, timeline_entry.letter_type),
                letter_number = COALESCE(EXCLUDED.letter_number, timeline_entry.letter_number),
                recipient_role = COALESCE(EXCLUDED.recipient_role, timeline_entry.recipient_role),
                branch_id = COALESCE(EXCLUDED.branch_id, timeline_entry.branch_id),
                waybill = COALESCE(EXCLUDED.waybill, timeline_entry.waybill),
                status = CASE WHEN EXCLUDED.status_rank >= timeline_entry.status_rank
                              THEN EXCLUDED.status ELSE timeline_entry.status END,
                status_rank = GREATEST(EXCLUDED.status_rank, timeline_entry.status_rank),
                evidence_ref = COALESCE(EXCLUDED.evidence_ref, timeline_entry.evidence_ref),
                amount = COALESCE(EXCLUDED.amount, timeline_entry.amount),
                due_date = COALESCE(EXCLUDED.due_date, timeline_entry.due_date),
                party_id = COALESCE(EXCLUDED.party_id, timeline_entry.party_id),
                details = CASE WHEN EXCLUDED.details IS NULL THEN timeline_entry.details
                               ELSE COALESCE(timeline_entry.details, '{}'::jsonb) || EXCLUDED.details END
            RETURNING id
            """;

    private static final String UPDATE_LETTER = """
            UPDATE timeline_entry SET
                updated_at = GREATEST(updated_at, ?), version = version + 1,
                waybill = COALESCE(?, waybill), evidence_ref = COALESCE(?, evidence_ref),
                status = CASE WHEN ? >= status_rank THEN ? ELSE status END,
                status_rank = GREATEST(?, status_rank),
                details = CASE WHEN CAST(? AS JSONB) IS NULL THEN details
                               ELSE COALESCE(details, '{}'::jsonb) || CAST(? AS JSONB) END
            WHERE letter_number = ? AND case_id = ?
            RETURNING id
            """;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final JdbcTemplate jdbc;

    public TimelineProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies {@code event}, which occurred at {@code at}; the id of the entry touched, if the event makes one. An
     * erased party is remembered, so every entry naming it reads as erased from now on.
     */
    public Optional<Long> on(Object event, Instant at) {
        if (event instanceof PartyErased erased) {
            jdbc.update("INSERT INTO erased_party (party_id, erased_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    erased.partyId().value(), Timestamp.from(erased.erasedAt() == null ? at : erased.erasedAt()));
        }
        return TimelineEntries.of(event, at).map(this::write);
    }

    private long write(EntryDraft d) {
        if (d.key != null && d.key.startsWith("letter:")) {
            String details = json(d);
            var updated = jdbc.queryForList(UPDATE_LETTER, Long.class, Timestamp.from(d.occurredAt), d.waybill,
                    d.evidenceRef, d.status.rank(), d.status.name(), d.status.rank(), details, details,
                    d.letterNumber, d.caseId);
            if (!updated.isEmpty()) {
                return updated.get(0);
            }
        }
        Timestamp at = Timestamp.from(d.occurredAt);
        String sql = d.key == null ? UPSERT.substring(0, UPSERT.indexOf("ON CONFLICT")) + "RETURNING id" : UPSERT;
        return jdbc.queryForObject(sql, Long.class, d.key, d.caseId, d.loanId, d.type.name(), at, at, d.summary,
                d.step, d.channel, d.letterType, d.letterNumber, d.recipientRole, d.branchId, d.waybill,
                d.status == null ? null : d.status.name(), d.status == null ? 0 : d.status.rank(), d.evidenceRef,
                d.amount, d.dueDate, d.party, json(d));
    }

    private static String json(EntryDraft d) {
        if (d.details.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(d.details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details of " + d.type + " are not JSON", e);
        }
    }
}
