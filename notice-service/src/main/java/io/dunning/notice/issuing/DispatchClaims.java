package io.dunning.notice.issuing;

import io.dunning.events.cases.NoticeRequested;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Never twice (R1.10): claims the one dispatch of (case, ladder step, recipient) with a unique key, in the
 * transaction that issues the letter. A concurrent claimer waits on the key until the first commits, then finds it
 * taken; if the first rolls back, its claim goes with it.
 */
@Component
class DispatchClaims {

    private final JdbcTemplate jdbc;

    DispatchClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this dispatch was claimed before */
    boolean claim(NoticeRequested notice) {
        return jdbc.update("INSERT INTO notice_dispatch (case_id, step, recipient_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT (case_id, step, recipient_id) DO NOTHING",
                notice.caseId().value(), notice.step().name(), notice.recipient().value()) == 1;
    }

    void assign(NoticeRequested notice, String letterNumber) {
        jdbc.update("UPDATE notice_dispatch SET letter_number = ? WHERE case_id = ? AND step = ? AND recipient_id = ?",
                letterNumber, notice.caseId().value(), notice.step().name(), notice.recipient().value());
    }
}
