package io.dunning.cases.party;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The {@code reveal_audit} table: every reveal of personal data, append-only. */
@Component
class RevealAudit {

    private static final RowMapper<RevealRecord> ROW = (rs, row) -> new RevealRecord(rs.getString("reveal_id"),
            rs.getString("party_id"), rs.getString("case_id"), rs.getString("revealed_by"),
            Role.valueOf(rs.getString("role")), rs.getString("reason"), rs.getTimestamp("revealed_at").toInstant());

    private final JdbcTemplate jdbc;

    RevealAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(RevealRecord r) {
        jdbc.update("INSERT INTO reveal_audit (reveal_id, party_id, case_id, revealed_by, role, reason, revealed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", r.revealId(), r.partyId(), r.caseId(), r.revealedBy(),
                r.role().name(), r.reason(), Timestamp.from(r.revealedAt()));
    }

    /** Newest first; {@code partyId} null for all parties. */
    List<RevealRecord> page(String partyId, int page, int size) {
        return jdbc.query("SELECT * FROM reveal_audit WHERE (CAST(? AS VARCHAR) IS NULL OR party_id = ?)"
                + " ORDER BY revealed_at DESC, written_seq DESC LIMIT ? OFFSET ?", ROW, partyId, partyId, size,
                (long) page * size);
    }

    long count(String partyId) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM reveal_audit WHERE (CAST(? AS VARCHAR) IS NULL"
                + " OR party_id = ?)", Long.class, partyId, partyId);
        return n == null ? 0 : n;
    }
}
