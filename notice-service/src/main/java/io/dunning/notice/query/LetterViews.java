package io.dunning.notice.query;

import io.dunning.events.cases.LetterType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads letters from the archive table (without the PDF bytes). */
@Component
public class LetterViews {

    private static final String COLUMNS = "letter_number, case_id, loan_id, step, letter_type, recipient_id,"
            + " recipient_role, branch_id, issued_on, payment_deadline, state, waybill, dispatched_at,"
            + " delivery_proof_ref, delivered_at, returned_item_ref, return_reason, returned_at, mailing_list_id,"
            + " cancel_reason";

    private final JdbcTemplate jdbc;

    LetterViews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LetterView> find(String letterNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM letter_archive WHERE letter_number = ?",
                LetterViews::view, letterNumber).stream().findFirst();
    }

    /** The letters of a case in number order. */
    public LetterPage ofCase(String caseId, int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM letter_archive WHERE case_id = ?", Long.class, caseId);
        List<LetterView> items = jdbc.query("SELECT " + COLUMNS + " FROM letter_archive WHERE case_id = ?"
                + " ORDER BY issued_on, letter_number LIMIT ? OFFSET ?", LetterViews::view, caseId, size,
                (long) page * size);
        long totalItems = total == null ? 0 : total;
        return new LetterPage(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    private static LetterView view(ResultSet rs, int row) throws SQLException {
        String letterNumber = rs.getString("letter_number");
        return new LetterView(letterNumber, rs.getString("case_id"), rs.getString("loan_id"),
                rs.getString("step"), rs.getString("letter_type"),
                LetterType.valueOf(rs.getString("letter_type")).title(), rs.getString("recipient_id"),
                rs.getString("recipient_role"), rs.getString("branch_id"),
                rs.getDate("issued_on").toLocalDate(), rs.getDate("payment_deadline").toLocalDate(),
                rs.getString("state"), rs.getString("waybill"), instant(rs, "dispatched_at"),
                rs.getString("delivery_proof_ref"), instant(rs, "delivered_at"), rs.getString("returned_item_ref"),
                rs.getString("return_reason"), instant(rs, "returned_at"), rs.getString("mailing_list_id"),
                rs.getString("cancel_reason"), "/letters/" + letterNumber + "/pdf");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
