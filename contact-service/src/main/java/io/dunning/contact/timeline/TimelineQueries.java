package io.dunning.contact.timeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads timelines, oldest first (ties by entry id, i.e. arrival order). Blocking JDBC: call off the event loop. */
public class TimelineQueries {

    private static final String COLUMNS = "e.id, e.version, e.case_id, e.loan_id, e.type, e.occurred_at, e.updated_at,"
            + " e.summary, e.step, e.channel, e.letter_type, e.letter_number, e.recipient_role, e.branch_id,"
            + " e.waybill, e.status, e.evidence_ref, e.amount, e.due_date, e.party_id, e.details,"
            + " ep.party_id IS NOT NULL AS party_erased";
    private static final String ERASED = " LEFT JOIN erased_party ep ON ep.party_id = e.party_id";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    public TimelineQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of entries and the count of all entries of the list it is cut from. */
    public record Page(List<TimelineEntryView> entries, long total) {
    }

    /**
     * A page of a case's timeline and its total in one round trip (the count is a window over the whole list,
     * computed before OFFSET/LIMIT); only a page past the end needs a second query for the total.
     */
    public Page pageOfCase(String caseId, int offset, int limit) {
        long[] total = {-1};
        List<TimelineEntryView> entries = jdbc.query("SELECT " + COLUMNS + ", count(*) OVER () AS total"
                + " FROM timeline_entry e" + ERASED + " WHERE e.case_id = ? ORDER BY e.occurred_at, e.id"
                + " OFFSET ? LIMIT ?", (rs, row) -> {
                    total[0] = rs.getLong("total");
                    return map(rs, row);
                }, caseId, offset, limit);
        return new Page(entries, total[0] >= 0 ? total[0] : countOfCase(caseId));
    }

    /** As {@link #pageOfCase}, over every case of a customer. */
    public Page pageOfCustomer(String customerId, int offset, int limit) {
        long[] total = {-1};
        List<TimelineEntryView> entries = jdbc.query("SELECT " + COLUMNS + ", count(*) OVER () AS total"
                + " FROM timeline_entry e JOIN contact_case c ON c.case_id = e.case_id" + ERASED
                + " WHERE c.customer_id = ? ORDER BY e.occurred_at, e.id OFFSET ? LIMIT ?", (rs, row) -> {
                    total[0] = rs.getLong("total");
                    return map(rs, row);
                }, customerId, offset, limit);
        return new Page(entries, total[0] >= 0 ? total[0] : countOfCustomer(customerId));
    }

    public List<TimelineEntryView> ofCase(String caseId, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM timeline_entry e" + ERASED + " WHERE e.case_id = ?"
                + " ORDER BY e.occurred_at, e.id OFFSET ? LIMIT ?", TimelineQueries::map, caseId, offset, limit);
    }

    public long countOfCase(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry WHERE case_id = ?", Long.class, caseId);
    }

    public long countOfCustomer(String customerId) {
        return jdbc.queryForObject("SELECT count(*) FROM timeline_entry e JOIN contact_case c"
                + " ON c.case_id = e.case_id WHERE c.customer_id = ?", Long.class, customerId);
    }

    public List<TimelineEntryView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query("SELECT " + COLUMNS
                + " FROM timeline_entry e" + ERASED + " WHERE e.id IN (:ids) ORDER BY e.occurred_at, e.id",
                Map.of("ids", ids), TimelineQueries::map);
    }

    private static TimelineEntryView map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("type");
        String status = rs.getString("status");
        boolean promise = EntryType.PROMISE.name().equals(type);
        return new TimelineEntryView(rs.getLong("id"), rs.getInt("version"), rs.getString("case_id"),
                rs.getString("loan_id"), type, rs.getTimestamp("occurred_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("summary"), rs.getString("step"),
                rs.getString("channel"), rs.getString("letter_type"), rs.getString("letter_number"),
                rs.getString("recipient_role"), rs.getString("branch_id"), rs.getString("waybill"),
                promise ? null : status, promise ? status : null, rs.getString("evidence_ref"),
                rs.getBigDecimal("amount"), rs.getObject("due_date", java.time.LocalDate.class),
                rs.getString("party_id"), rs.getBoolean("party_erased") ? Boolean.TRUE : null,
                details(rs.getString("details")));
    }

    private static Map<String, Object> details(String json) throws SQLException {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new SQLException("timeline details are not a JSON object", e);
        }
    }
}
