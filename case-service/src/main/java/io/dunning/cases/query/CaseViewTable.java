package io.dunning.cases.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the case_view table (indexed columns, the JSONB document, the version) and the JSON of its document,
 * one statement per method. On its own it is also the {@link CaseViewRows} of a write outside a transaction: every
 * change goes straight to the table.
 */
@Component
class CaseViewTable implements CaseViewRows {

    /** A row written back; GREATEST: whatever raced or replayed, the stored version is never lowered. */
    private static final String UPDATE = "UPDATE case_view SET status = ?, updated_at = ?, document = ?::jsonb,"
            + " version = GREATEST(version, ?) WHERE case_id = ?";

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    CaseViewTable(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @Override
    public Optional<VersionedCaseView> get(String caseId) {
        return jdbc.query("SELECT document, version FROM case_view WHERE case_id = ?",
                (rs, i) -> new VersionedCaseView(read(rs.getString(1)), rs.getLong(2)), caseId).stream().findFirst();
    }

    List<CaseView> getByLoan(String loanId) {
        return jdbc.query("SELECT document FROM case_view WHERE loan_id = ? ORDER BY opened_at DESC, case_id",
                (rs, i) -> read(rs.getString(1)), loanId);
    }

    /** ON CONFLICT DO NOTHING: a replayed CaseOpened leaves the existing row alone. */
    @Override
    public boolean insert(VersionedCaseView row, Instant openedAt) {
        CaseView view = row.view();
        return jdbc.update("INSERT INTO case_view (case_id, loan_id, status, opened_at, updated_at, document, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (case_id) DO NOTHING",
                view.caseId(), view.loanId(), view.status(), Timestamp.from(openedAt),
                Timestamp.from(view.updatedAt()), write(view), row.version()) == 1;
    }

    @Override
    public void put(VersionedCaseView row) {
        jdbc.update(UPDATE, ps -> bind(ps, row));
    }

    /** Writes the rows back in one JDBC batch (one round trip). */
    void putAll(Collection<VersionedCaseView> rows) {
        jdbc.batchUpdate(UPDATE, rows, rows.size(), this::bind);
    }

    private void bind(PreparedStatement ps, VersionedCaseView row) throws SQLException {
        CaseView view = row.view();
        ps.setString(1, view.status());
        ps.setTimestamp(2, Timestamp.from(view.updatedAt()));
        ps.setString(3, write(view));
        ps.setLong(4, row.version());
        ps.setString(5, view.caseId());
    }

    private CaseView read(String json) {
        try {
            return objectMapper.readValue(json, CaseView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case_view document", e);
        }
    }

    private String write(CaseView view) {
        try {
            return objectMapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unwritable case_view document", e);
        }
    }
}
