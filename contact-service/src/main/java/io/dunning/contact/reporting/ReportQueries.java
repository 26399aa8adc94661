package io.dunning.contact.reporting;

import io.dunning.contact.reporting.ReportViews.BucketView;
import io.dunning.contact.reporting.ReportViews.CureRateView;
import io.dunning.contact.reporting.ReportViews.LetterCountView;
import io.dunning.contact.reporting.ReportViews.PortfolioView;
import io.dunning.contact.reporting.ReportViews.PromiseKeptRateView;
import io.dunning.contact.reporting.ReportViews.RollRatesView;
import io.dunning.contact.reporting.ReportViews.RollView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports, computed from contact_case, case_month_state and the letter entries. {@code branchId} null = all. */
public class ReportQueries {

    private static final String BRANCH = " AND (CAST(? AS TEXT) IS NULL OR branch_id = ?)";
    private static final List<String> ARREARS_BUCKETS = Arrays.stream(DpdBucket.values())
            .filter(b -> b != DpdBucket.CURRENT).map(DpdBucket::label).toList();

    private final JdbcTemplate jdbc;

    public ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PortfolioView portfolio(String branchId) {
        Map<String, BucketView> found = new HashMap<>();
        jdbc.query("SELECT dpd_bucket, count(*) AS n, COALESCE(sum(amount_overdue), 0) AS amount FROM contact_case"
                + " WHERE status = 'OPEN'" + BRANCH + " GROUP BY dpd_bucket", rs -> {
                    found.put(rs.getString("dpd_bucket"), new BucketView(rs.getString("dpd_bucket"), rs.getLong("n"),
                            rs.getBigDecimal("amount")));
                }, branchId, branchId);
        List<BucketView> buckets = ARREARS_BUCKETS.stream()
                .map(b -> found.getOrDefault(b, new BucketView(b, 0, BigDecimal.ZERO))).toList();
        return new PortfolioView(branchId, buckets, buckets.stream().mapToLong(BucketView::openCases).sum(),
                buckets.stream().map(BucketView::amountOverdue).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * Each case's state at the end of the month before {@code month} (an arrears bucket) against its state at the
     * end of {@code month} (a bucket, CURED or CLOSED); a month without news carries the last known state over.
     */
    public RollRatesView rollRates(YearMonth month, String branchId) {
        List<RollView> counts = jdbc.query("""
                WITH prev AS (SELECT DISTINCT ON (case_id) case_id, state FROM case_month_state
                              WHERE month <= ? ORDER BY case_id, month DESC),
                     cur AS (SELECT DISTINCT ON (case_id) case_id, state FROM case_month_state
                             WHERE month <= ? ORDER BY case_id, month DESC)
                SELECT p.state AS from_state, c.state AS to_state, count(*) AS n
                FROM prev p JOIN cur c ON c.case_id = p.case_id JOIN contact_case k ON k.case_id = p.case_id
                WHERE p.state IN ('1-29', '30-59', '60-89', '90+')""" + BRANCH + """
                 GROUP BY p.state, c.state""",
                (rs, i) -> new RollView(rs.getString("from_state"), rs.getString("to_state"), rs.getLong("n"), null),
                Date.valueOf(month.minusMonths(1).atDay(1)), Date.valueOf(month.atDay(1)), branchId, branchId);
        Map<String, Long> fromTotals = new HashMap<>();
        counts.forEach(r -> fromTotals.merge(r.from(), r.cases(), Long::sum));
        List<RollView> rolls = counts.stream()
                .map(r -> new RollView(r.from(), r.to(), r.cases(), ratio(r.cases(), fromTotals.get(r.from()))))
                .sorted(java.util.Comparator.comparing((RollView r) -> ARREARS_BUCKETS.indexOf(r.from()))
                        .thenComparing(RollView::to))
                .toList();
        return new RollRatesView(month.toString(), branchId, rolls);
    }

    public CureRateView cureRate(String branchId) {
        return jdbc.queryForObject("SELECT count(*) AS opened,"
                + " count(*) FILTER (WHERE status = 'CURED') AS cured,"
                + " count(*) FILTER (WHERE status = 'CLOSED') AS closed,"
                + " count(*) FILTER (WHERE status = 'OPEN') AS open"
                + " FROM contact_case WHERE status IS NOT NULL" + BRANCH,
                (rs, i) -> new CureRateView(branchId, rs.getLong("opened"), rs.getLong("cured"), rs.getLong("closed"),
                        rs.getLong("open"), ratio(rs.getLong("cured"), rs.getLong("opened"))), branchId, branchId);
    }

    public PromiseKeptRateView promiseKeptRate(String branchId) {
        return jdbc.queryForObject("SELECT COALESCE(sum(promises_made), 0) AS made,"
                + " COALESCE(sum(promises_kept), 0) AS kept, COALESCE(sum(promises_broken), 0) AS broken"
                + " FROM contact_case WHERE true" + BRANCH,
                (rs, i) -> new PromiseKeptRateView(branchId, rs.getLong("made"), rs.getLong("kept"),
                        rs.getLong("broken"), ratio(rs.getLong("kept"), rs.getLong("kept") + rs.getLong("broken"))),
                branchId, branchId);
    }

    public List<LetterCountView> letters(String branchId, int offset, int limit) {
        return jdbc.query("SELECT branch_id, letter_type, status, count(*) AS n FROM timeline_entry"
                + " WHERE type = 'LETTER'" + BRANCH + " GROUP BY branch_id, letter_type, status"
                + " ORDER BY branch_id, letter_type, status OFFSET ? LIMIT ?",
                (rs, i) -> new LetterCountView(rs.getString("branch_id"), rs.getString("letter_type"),
                        rs.getString("status"), rs.getLong("n")), branchId, branchId, offset, limit);
    }

    public long letterGroups(String branchId) {
        return jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM timeline_entry WHERE type = 'LETTER'"
                + BRANCH + " GROUP BY branch_id, letter_type, status) g", Long.class, branchId, branchId);
    }

    static BigDecimal ratio(long part, Long whole) {
        return whole == null || whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
