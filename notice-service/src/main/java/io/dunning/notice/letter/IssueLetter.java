package io.dunning.notice.letter;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue a letter under its allocated, unique letter number (R3.1); its kept copy is already archived. */
public record IssueLetter(
        @TargetAggregateIdentifier String letterNumber,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        LetterType letterType,
        PartyId recipient,
        ObligorRole recipientRole,
        BranchId branchId,
        LocalDate issuedOn) {
}
