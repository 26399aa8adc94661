package io.dunning.events.notice;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A letter got its unique letter number (函号), was rendered and its kept copy archived (R3.1). */
@Revision("1")
public record LetterIssued(
        String letterNumber,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        LetterType letterType,
        PartyId recipient,
        ObligorRole recipientRole,
        BranchId branchId,
        LocalDate issuedOn) implements NoticeEvent {
}
