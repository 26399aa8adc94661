package io.dunning.notice.archive;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.LocalDate;

/** A letter as it enters the archive at issue: its details and the kept copy (PDF). */
public record ArchivedLetter(
        String letterNumber,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        LetterType letterType,
        PartyId recipient,
        ObligorRole recipientRole,
        BranchId branchId,
        LocalDate issuedOn,
        LocalDate paymentDeadline,
        byte[] keptCopyPdf) {
}
