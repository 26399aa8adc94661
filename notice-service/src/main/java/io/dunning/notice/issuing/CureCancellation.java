package io.dunning.notice.issuing;

import io.dunning.events.cases.CaseCured;
import io.dunning.notice.archive.LetterArchive;
import io.dunning.notice.letter.CancelDispatch;
import io.dunning.notice.letter.CancelOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cure cancels every letter of the case not yet handed to the courier (R1.11). The Letter decides: one handed
 * over meanwhile stays dispatched.
 */
@Component
public class CureCancellation {

    static final String REASON = "case cured";
    private static final Logger log = LoggerFactory.getLogger(CureCancellation.class);

    private final LetterArchive archive;
    private final CommandGateway commands;

    CureCancellation(LetterArchive archive, CommandGateway commands) {
        this.archive = archive;
        this.commands = commands;
    }

    /** @return how many letters were cancelled */
    @Transactional(propagation = Propagation.MANDATORY)
    public int cancelPendingLetters(CaseCured cure) {
        int cancelled = 0;
        for (String letterNumber : archive.awaitingCourier(cure.caseId())) {
            CancelOutcome outcome = commands.sendAndWait(new CancelDispatch(letterNumber, REASON));
            if (outcome == CancelOutcome.CANCELLED) {
                cancelled++;
            }
            log.info("Letter {} of case {} of loan {}: {}", letterNumber, cure.caseId().value(),
                    cure.loanId().value(), outcome);
        }
        return cancelled;
    }
}
