package io.dunning.cases.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The case_view table: indexed columns plus the JSONB document. Blocking JDBC: callers on WebFlux offload it. */
@Repository
public class CaseViewRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    CaseViewRepository(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public Optional<CaseView> find(String caseId) {
        return jdbc.query("SELECT document FROM case_view WHERE case_id = ?", (rs, i) -> read(rs.getString(1)),
                caseId).stream().findFirst();
    }

    /** The case with its aggregate version, for the ETag. */
    public Optional<VersionedCaseView> findVersioned(String caseId) {
        return jdbc.query("SELECT document, version FROM case_view WHERE case_id = ?",
                (rs, i) -> new VersionedCaseView(read(rs.getString(1)), rs.getLong(2)), caseId).stream().findFirst();
    }

    /** The cases of a loan, newest first. */
    public List<CaseView> findByLoan(String loanId) {
        return jdbc.query("SELECT document FROM case_view WHERE loan_id = ? ORDER BY opened_at DESC, case_id",
                (rs, i) -> read(rs.getString(1)), loanId);
    }

    /** Inserts the view of a newly opened case; a replayed CaseOpened leaves the existing row alone. */
    void insert(CaseView view, Instant openedAt) {
        jdbc.update("INSERT INTO case_view (case_id, loan_id, status, opened_at, updated_at, document)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (case_id) DO NOTHING",
                view.caseId(), view.loanId(), view.status(), Timestamp.from(openedAt),
                Timestamp.from(view.updatedAt()), write(view));
    }

    /** Applies {@code change} to the case's view, if the case is known. */
    void update(String caseId, Instant at, UnaryOperator<CaseView> change) {
        find(caseId).ifPresent(current -> {
            CaseView changed = change.apply(current).at(at);
            jdbc.update("UPDATE case_view SET status = ?, updated_at = ?, document = ?::jsonb WHERE case_id = ?",
                    changed.status(), Timestamp.from(at), write(changed), caseId);
        });
    }

    /** Raises the case's version to {@code version}; a replayed or reordered event never lowers it. */
    void recordVersion(String caseId, long version) {
        jdbc.update("UPDATE case_view SET version = GREATEST(version, ?) WHERE case_id = ?", version, caseId);
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
