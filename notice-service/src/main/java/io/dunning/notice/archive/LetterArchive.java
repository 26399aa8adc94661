package io.dunning.notice.archive;

import io.dunning.events.common.CaseId;
import io.dunning.notice.letter.LetterState;
import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The archive of letters (R3.4) in PostgreSQL: the kept copy is stored with the letter in the transaction that
 * issues it; the courier's evidence is added by {@link LetterArchiveProjector}.
 */
@Component
public class LetterArchive {

    private final JdbcTemplate jdbc;

    LetterArchive(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void store(ArchivedLetter letter) {
        jdbc.update("INSERT INTO letter_archive (letter_number, case_id, loan_id, step, letter_type, recipient_id,"
                        + " recipient_role, branch_id, issued_on, payment_deadline, state, kept_copy_pdf)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                letter.letterNumber(), letter.caseId().value(), letter.loanId().value(), letter.step().name(),
                letter.letterType().name(), letter.recipient().value(), letter.recipientRole().name(),
                letter.branchId().value(), Date.valueOf(letter.issuedOn()), Date.valueOf(letter.paymentDeadline()),
                LetterState.ISSUED.name(), letter.keptCopyPdf());
    }

    /** Whether the letter of this number is archived (i.e. issued; the archive row commits with the letter). */
    public boolean contains(String letterNumber) {
        return !jdbc.queryForList("SELECT 1 FROM letter_archive WHERE letter_number = ?", Integer.class, letterNumber)
                .isEmpty();
    }

    /** Files the letter under the mailing list of its batch (R3.3); for the courier hand-over of a batch. */
    public void recordMailingList(String letterNumber, String mailingListId) {
        jdbc.update("UPDATE letter_archive SET mailing_list_id = ? WHERE letter_number = ?", mailingListId,
                letterNumber);
    }

    /** Letters of the case still waiting for the courier: the ones a cure cancels (R1.11). */
    public List<String> awaitingCourier(CaseId caseId) {
        return jdbc.queryForList("SELECT letter_number FROM letter_archive WHERE case_id = ? AND state = ?"
                + " ORDER BY letter_number", String.class, caseId.value(), LetterState.ISSUED.name());
    }

    public Optional<byte[]> keptCopy(String letterNumber) {
        return jdbc.query("SELECT kept_copy_pdf FROM letter_archive WHERE letter_number = ?",
                (rs, row) -> rs.getBytes(1), letterNumber).stream().findFirst();
    }
}
