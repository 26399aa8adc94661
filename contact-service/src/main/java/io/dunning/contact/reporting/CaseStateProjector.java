package io.dunning.contact.reporting;

import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.CaseEvent;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.notice.LetterReturned;
import io.dunning.events.notice.NoticeEvent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps one row per case (contact_case: status, DPD, bucket, amount overdue, promise and returned-letter counts)
 * for the worklist and the reports, and the state of the case at the end of each month (case_month_state) for the
 * roll rates. Counters are bumped once per event: the caller guarantees each record is applied once.
 */
public class CaseStateProjector {

    private final JdbcTemplate jdbc;

    public CaseStateProjector(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies one event at its time. {@code updated_at} is the time of the LATEST event applied, whatever the order
     * of application: case and notice events come from two topics, whose interleaving differs between a live run and
     * a replay (issue 8's replay checksum found a live row and its replay differing in updated_at only).
     */
    public void on(Object event, Instant at) {
        Timestamp ts = Timestamp.from(at);
        if (event instanceof CaseOpened e) {
            ensure(e.caseId().value(), e.loanId().value());
            jdbc.update("UPDATE contact_case SET customer_id = ?, branch_id = ?, status = 'OPEN', days_past_due = ?,"
                    + " dpd_bucket = ?, amount_overdue = ?, principal_outstanding = ?, opened_on = ?,"
                    + " updated_at = GREATEST(updated_at, ?) WHERE case_id = ?", e.customerId().value(),
                    e.branchId().value(), e.daysPastDue(),
                    DpdBucket.of(e.daysPastDue()).label(), e.arrears().total(), e.principalOutstanding(),
                    Date.valueOf(e.openedOn()), ts, e.caseId().value());
            monthState(e.caseId().value(), e.openedOn(), DpdBucket.of(e.daysPastDue()).label());
        } else if (event instanceof DelinquencyUpdated e) {
            ensure(e.caseId().value(), e.loanId().value());
            jdbc.update("UPDATE contact_case SET days_past_due = ?, dpd_bucket = ?, amount_overdue = ?,"
                    + " principal_outstanding = ?, updated_at = GREATEST(updated_at, ?) WHERE case_id = ?",
                    e.daysPastDue(),
                    DpdBucket.of(e.daysPastDue()).label(), e.arrears().total(), e.principalOutstanding(), ts,
                    e.caseId().value());
            monthState(e.caseId().value(), e.asOf(), DpdBucket.of(e.daysPastDue()).label());
        } else if (event instanceof PaymentReceived e) {
            bump(e, "amount_overdue", e.arrearsAfter().total(), ts);
        } else if (event instanceof PromiseMade e) {
            bump(e, "promises_made", null, ts);
        } else if (event instanceof PromiseKept e) {
            bump(e, "promises_kept", null, ts);
        } else if (event instanceof PromiseBroken e) {
            bump(e, "promises_broken", null, ts);
        } else if (event instanceof LetterReturned e) {
            bump(e, "letters_returned", null, ts);
        } else if (event instanceof CaseCured e) {
            close(e, "CURED", CloseReason.CURED, e.curedOn(), ts);
        } else if (event instanceof CaseClosed e) {
            close(e, e.reason() == CloseReason.CURED ? "CURED" : "CLOSED", e.reason(), e.closedOn(), ts);
        }
    }

    private void close(CaseEvent e, String status, CloseReason reason, LocalDate on, Timestamp ts) {
        ensure(e.caseId().value(), e.loanId().value());
        jdbc.update("UPDATE contact_case SET status = ?, close_reason = ?, updated_at = GREATEST(updated_at, ?)"
                + " WHERE case_id = ?", status, reason.name(), ts, e.caseId().value());
        monthState(e.caseId().value(), on, status);
    }

    private void bump(Object event, String column, BigDecimal amountOverdue, Timestamp ts) {
        String caseId = event instanceof CaseEvent c ? c.caseId().value() : ((NoticeEvent) event).caseId().value();
        String loanId = event instanceof CaseEvent c ? c.loanId().value() : ((NoticeEvent) event).loanId().value();
        ensure(caseId, loanId);
        if (amountOverdue != null) {
            jdbc.update("UPDATE contact_case SET amount_overdue = ?, updated_at = GREATEST(updated_at, ?)"
                    + " WHERE case_id = ?", amountOverdue, ts, caseId);
        } else {
            jdbc.update("UPDATE contact_case SET " + column + " = " + column + " + 1,"
                    + " updated_at = GREATEST(updated_at, ?) WHERE case_id = ?", ts, caseId);
        }
    }

    private void ensure(String caseId, String loanId) {
        jdbc.update("INSERT INTO contact_case (case_id, loan_id) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING",
                caseId, loanId);
    }

    private void monthState(String caseId, LocalDate asOf, String state) {
        jdbc.update("INSERT INTO case_month_state (case_id, month, state, as_of) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (case_id, month) DO UPDATE SET state = EXCLUDED.state, as_of = EXCLUDED.as_of"
                + " WHERE EXCLUDED.as_of >= case_month_state.as_of",
                caseId, Date.valueOf(asOf.withDayOfMonth(1)), state, Date.valueOf(asOf));
    }
}
