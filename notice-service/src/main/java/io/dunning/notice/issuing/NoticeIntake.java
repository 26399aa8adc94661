package io.dunning.notice.issuing;

import io.dunning.events.cases.NoticeRequested;
import io.dunning.notice.archive.ArchivedLetter;
import io.dunning.notice.archive.LetterArchive;
import io.dunning.notice.letter.IssueLetter;
import io.dunning.notice.rendering.LetterContent;
import io.dunning.notice.rendering.LetterPdfRenderer;
import java.time.LocalDate;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a {@link NoticeRequested} into an issued letter: claim the dispatch (once per case, step and recipient) and
 * reserve its letter number in a short transaction of their own ({@link DispatchClaims}), then, in the caller's
 * transaction, render and archive the kept copy and issue the Letter. A failure rolls back the letter, not the
 * reservation: the retried event finds its number again and issues the letter under it, so numbers stay gap-free
 * and the branch's number row is never held while letters render.
 */
@Component
public class NoticeIntake {

    private static final Logger log = LoggerFactory.getLogger(NoticeIntake.class);

    private final DispatchClaims claims;
    private final IssueCalendar calendar;
    private final LetterPdfRenderer renderer;
    private final LetterArchive archive;
    private final CommandGateway commands;

    NoticeIntake(DispatchClaims claims, IssueCalendar calendar, LetterPdfRenderer renderer, LetterArchive archive,
                 CommandGateway commands) {
        this.claims = claims;
        this.calendar = calendar;
        this.renderer = renderer;
        this.archive = archive;
        this.commands = commands;
    }

    /** @return the new letter number, or empty when this dispatch was issued before */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> issue(NoticeRequested notice) {
        DispatchClaims.Reservation reservation = claims.reserve(notice, calendar.today());
        String letterNumber = reservation.letterNumber();
        if (!reservation.fresh() && archive.contains(letterNumber)) {
            log.info("Notice {} of case {} to a {} was issued before as letter {}; skipped", notice.step(),
                    notice.caseId().value(), notice.recipientRole(), letterNumber);
            return Optional.empty();
        }
        LocalDate issuedOn = reservation.issuedOn();
        LocalDate deadline = calendar.paymentDeadline(issuedOn);
        byte[] pdf = renderer.render(new LetterContent(notice.letterType(), letterNumber, notice.recipientRole(),
                notice.recipient(), notice.branchId().value(), notice.loanId().value(), notice.arrears(),
                notice.daysPastDue(), issuedOn, deadline));
        archive.store(new ArchivedLetter(letterNumber, notice.caseId(), notice.loanId(), notice.step(),
                notice.letterType(), notice.recipient(), notice.recipientRole(), notice.branchId(), issuedOn,
                deadline, pdf));
        commands.sendAndWait(new IssueLetter(letterNumber, notice.caseId(), notice.loanId(), notice.step(),
                notice.letterType(), notice.recipient(), notice.recipientRole(), notice.branchId(), issuedOn));
        log.info("Letter {} ({}) issued for case {} of loan {}", letterNumber, notice.letterType(),
                notice.caseId().value(), notice.loanId().value());
        return Optional.of(letterNumber);
    }
}
