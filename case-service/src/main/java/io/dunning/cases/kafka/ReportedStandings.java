package io.dunning.cases.kafka;

import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refuses core-banking records that are valid JSON and valid fields but cannot be true of the loan: days past due
 * falling (on a report not older than the last one) with no payment posted since the last report. Days past due
 * count from the oldest unpaid instalment; only a payment moves that forward (a restructuring or write-off closes
 * the case and starts over). Kept per loan in reported_standing ({@code V7__reported_standing.sql}), written in
 * the transaction of the record (CoreBankingRecordHandler), so it is exactly as current as the cases; a refused
 * record rolls back and goes to the DLT as {@code implausible-record}, at once and without retries.
 * <p>
 * An edge check, not a case rule: the case aggregate still takes a lower DPD it is given (an ops correction may).
 */
@Component
class ReportedStandings {

    private record Standing(int daysPastDue, LocalDate asOf, boolean paidSince) {
    }

    private final JdbcTemplate jdbc;

    ReportedStandings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks the record against the loan's last report and records it; throws if it cannot be true. */
    void checkAndRecord(Object record) {
        if (record instanceof LoanDelinquencyReported r) {
            report(r);
        } else if (record instanceof PaymentPosted r) {
            jdbc.update("UPDATE reported_standing SET paid_since = TRUE WHERE loan_id = ?", r.loanId());
        } else if (record instanceof LoanRestructured r) {
            forget(r.loanId());
        } else if (record instanceof LoanWrittenOff r) {
            forget(r.loanId());
        }
    }

    private void report(LoanDelinquencyReported r) {
        List<Standing> last = jdbc.query(
                "SELECT days_past_due, as_of, paid_since FROM reported_standing WHERE loan_id = ? FOR UPDATE",
                (rs, i) -> new Standing(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)),
                r.loanId());
        if (!last.isEmpty() && r.asOf().isBefore(last.get(0).asOf())) {
            return; // a stale report: the case ignores it, and so does the watermark
        }
        if (!last.isEmpty() && r.daysPastDue() < last.get(0).daysPastDue() && !last.get(0).paidSince()) {
            Standing before = last.get(0);
            throw new InvalidRecordException(Reason.IMPLAUSIBLE, "daysPastDue fell from " + before.daysPastDue()
                    + " (asOf " + before.asOf() + ") to " + r.daysPastDue() + " (asOf " + r.asOf()
                    + ") without a payment posted in between");
        }
        jdbc.update("""
                INSERT INTO reported_standing (loan_id, days_past_due, as_of, paid_since) VALUES (?, ?, ?, FALSE)
                ON CONFLICT (loan_id) DO UPDATE SET days_past_due = EXCLUDED.days_past_due, as_of = EXCLUDED.as_of,
                    paid_since = FALSE""", r.loanId(), r.daysPastDue(), r.asOf());
    }

    private void forget(String loanId) {
        jdbc.update("DELETE FROM reported_standing WHERE loan_id = ?", loanId);
    }
}
