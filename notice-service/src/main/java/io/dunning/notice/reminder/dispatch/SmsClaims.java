package io.dunning.notice.reminder.dispatch;

import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.common.CaseId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Never twice (R1.10): claims the one SMS of (case, ladder step, recipient) in the dispatch table the letters use
 * (notice_dispatch, unique key), in the transaction that requests the SMS; a rollback takes the claim with it. An SMS
 * whose contact window closed before it went is released: the case's new request (ADR 0009) takes the claim over.
 */
@Component
class SmsClaims {

    private final JdbcTemplate jdbc;

    SmsClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this dispatch was claimed before */
    boolean claim(ReminderRequested reminder, String smsId) {
        return jdbc.update("INSERT INTO notice_dispatch (case_id, step, recipient_id, sms_id) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (case_id, step, recipient_id) DO NOTHING",
                reminder.caseId().value(), reminder.step().name(), reminder.recipient().value(), smsId) == 1;
    }

    /** The SMS that holds the claim of this reminder's dispatch, if an SMS does. */
    Optional<String> claimedSms(ReminderRequested reminder) {
        return jdbc.queryForList("SELECT sms_id FROM notice_dispatch WHERE case_id = ? AND step = ? AND recipient_id = ?"
                + " AND sms_id IS NOT NULL", String.class, reminder.caseId().value(), reminder.step().name(),
                reminder.recipient().value()).stream().findFirst();
    }

    /** Hands the claim from a released SMS to the new one; false when another request took it first. */
    boolean reclaim(ReminderRequested reminder, String releasedSmsId, String smsId) {
        return jdbc.update("UPDATE notice_dispatch SET sms_id = ? WHERE case_id = ? AND step = ? AND recipient_id = ?"
                        + " AND sms_id = ?", smsId, reminder.caseId().value(), reminder.step().name(),
                reminder.recipient().value(), releasedSmsId) == 1;
    }

    List<String> smsOfCase(CaseId caseId) {
        return jdbc.queryForList("SELECT sms_id FROM notice_dispatch WHERE case_id = ? AND sms_id IS NOT NULL"
                + " ORDER BY sms_id", String.class, caseId.value());
    }
}
