package io.dunning.notice.issuing;

import io.dunning.events.cases.NoticeRequested;
import io.dunning.notice.numbering.LetterNumbers;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Never twice (R1.10) and gap-free (R3.1): claims the one dispatch of (case, ladder step, recipient) and reserves its
 * letter number together, in a short transaction of its own that commits at once. The branch's number row is locked
 * for that one transaction only, not while the letter is rendered, so letters of one branch no longer wait for each
 * other's chunks. A number is never lost: it is committed bound to its claim, and a claim asked for again (a retried
 * or redelivered case event, a concurrent instance) gets the same number back, so the caller completes the letter
 * under it (NoticeIntake checks whether it was issued already).
 */
@Component
class DispatchClaims {

    private static final String CLAIM = "INSERT INTO notice_dispatch (case_id, step, recipient_id) VALUES (?, ?, ?)"
            + " ON CONFLICT (case_id, step, recipient_id) DO NOTHING";
    private static final String RESERVED = "SELECT letter_number, issued_on FROM notice_dispatch"
            + " WHERE case_id = ? AND step = ? AND recipient_id = ?";
    private static final String ASSIGN = "UPDATE notice_dispatch SET letter_number = ?, issued_on = ?"
            + " WHERE case_id = ? AND step = ? AND recipient_id = ?";

    private final JdbcTemplate jdbc;
    private final LetterNumbers numbers;
    private final TransactionTemplate ownTransaction;

    DispatchClaims(JdbcTemplate jdbc, LetterNumbers numbers, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.numbers = numbers;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The number of a dispatch and the day it was reserved on. */
    record Reservation(String letterNumber, LocalDate issuedOn, boolean fresh) {
    }

    /**
     * Claims the dispatch and reserves its number, committed before this returns; or, when the dispatch was claimed
     * before, returns the number it holds.
     *
     * @param today the issue date for a new reservation (its year is the numbering year)
     */
    Reservation reserve(NoticeRequested notice, LocalDate today) {
        return ownTransaction.execute(status -> {
            String caseId = notice.caseId().value();
            String step = notice.step().name();
            String recipient = notice.recipient().value();
            if (jdbc.update(CLAIM, caseId, step, recipient) == 1) {
                String letterNumber = numbers.allocate(notice.branchId(), today.getYear());
                jdbc.update(ASSIGN, letterNumber, Date.valueOf(today), caseId, step, recipient);
                return new Reservation(letterNumber, today, true);
            }
            // a claim of before V6 has its number (assigned in the letter's transaction) but no date: today's
            return jdbc.queryForObject(RESERVED, (rs, row) -> {
                Date issuedOn = rs.getDate(2);
                return new Reservation(rs.getString(1), issuedOn == null ? today : issuedOn.toLocalDate(), false);
            }, caseId, step, recipient);
        });
    }
}
