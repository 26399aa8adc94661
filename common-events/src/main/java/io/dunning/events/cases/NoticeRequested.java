package io.dunning.events.cases;

import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import org.axonframework.serialization.Revision;

/** A numbered letter of the ladder is due to one recipient (R1.3-R1.7). Dispatched at most once per (case, step, recipient). */
@Revision("1")
public record NoticeRequested(
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        LetterType letterType,
        PartyId recipient,
        ObligorRole recipientRole,
        BranchId branchId,
        int daysPastDue,
        Arrears arrears,
        String policyVersion) implements CaseEvent {
}
