package io.dunning.contact.worklist;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The collectors' worklist: open cases, highest priority first (ties: more days past due, then case id). */
public class WorklistQueries {

    private static final String BRANCH = " AND (CAST(? AS TEXT) IS NULL OR branch_id = ?)";

    private final JdbcTemplate jdbc;
    private final WorklistPriority priority;

    public WorklistQueries(JdbcTemplate jdbc, WorklistPriority priority) {
        this.jdbc = jdbc;
        this.priority = priority;
    }

    public List<WorklistItemView> page(String branchId, int offset, int limit) {
        List<Object> args = new ArrayList<>(List.of(priority.sqlArguments()));
        args.add(branchId);
        args.add(branchId);
        args.add(offset);
        args.add(limit);
        return jdbc.query("SELECT case_id, loan_id, customer_id, branch_id, days_past_due, dpd_bucket,"
                + " amount_overdue, promises_broken, letters_returned, " + priority.sql() + " AS priority"
                + " FROM contact_case WHERE status = 'OPEN'" + BRANCH
                + " ORDER BY priority DESC, days_past_due DESC, case_id OFFSET ? LIMIT ?",
                (rs, i) -> new WorklistItemView(rs.getString("case_id"), rs.getString("loan_id"),
                        rs.getString("customer_id"), rs.getString("branch_id"), rs.getInt("days_past_due"),
                        rs.getString("dpd_bucket"), rs.getBigDecimal("amount_overdue"), rs.getInt("promises_broken"),
                        rs.getInt("letters_returned"),
                        rs.getBigDecimal("priority").setScale(2, java.math.RoundingMode.HALF_UP)),
                args.toArray());
    }

    public long count(String branchId) {
        return jdbc.queryForObject("SELECT count(*) FROM contact_case WHERE status = 'OPEN'" + BRANCH, Long.class,
                branchId, branchId);
    }
}
