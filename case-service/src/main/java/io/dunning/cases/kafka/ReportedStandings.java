package io.dunning.cases.kafka;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where core banking's last report per loan is kept: reported_standing ({@code V7__reported_standing.sql}), read
 * and written in the transaction of the records (CoreBankingRecordHandler), so it is exactly as current as the
 * cases. The rule it serves is {@link LoanStandings}; this class only moves a chunk's rows in one statement each
 * way: the rows of all the chunk's loans locked and read at once, the changed ones written back at commit.
 */
@Component
class ReportedStandings {

    /** A loan's last report: its days past due, its date, and whether a payment was posted since. */
    record Standing(int daysPastDue, LocalDate asOf, boolean paidSince) {
    }

    private final JdbcTemplate jdbc;

    ReportedStandings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The standings of the loans, locked until the transaction ends (in loan order, so that two transactions lock
     * alike); a loan never reported, or reported and since closed, is absent.
     */
    Map<String, Standing> lock(Collection<String> loanIds) {
        Map<String, Standing> standings = new HashMap<>();
        if (!loanIds.isEmpty()) {
            jdbc.query("SELECT loan_id, days_past_due, as_of, paid_since FROM reported_standing"
                            + " WHERE loan_id = ANY(?) ORDER BY loan_id FOR UPDATE",
                    rs -> {
                        standings.put(rs.getString(1), new Standing(rs.getInt(2),
                                rs.getObject(3, LocalDate.class), rs.getBoolean(4)));
                    }, (Object) loanIds.toArray(String[]::new));
        }
        return standings;
    }

    /** Writes the loans' standings as they now are: an empty one deletes the loan's row. */
    void write(Map<String, Optional<Standing>> changed) {
        List<Object[]> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        changed.forEach((loanId, standing) -> standing.ifPresentOrElse(
                s -> upserts.add(new Object[] {loanId, s.daysPastDue(), s.asOf(), s.paidSince()}),
                () -> deletes.add(loanId)));
        if (!deletes.isEmpty()) {
            jdbc.update("DELETE FROM reported_standing WHERE loan_id = ANY(?)", (Object) deletes.toArray(String[]::new));
        }
        if (!upserts.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO reported_standing (loan_id, days_past_due, as_of, paid_since) VALUES (?, ?, ?, ?)
                    ON CONFLICT (loan_id) DO UPDATE SET days_past_due = EXCLUDED.days_past_due,
                        as_of = EXCLUDED.as_of, paid_since = EXCLUDED.paid_since""", upserts);
        }
    }
}
