package io.dunning.events.notice;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import org.axonframework.serialization.Revision;

/** A dispatch not yet handed over was cancelled, e.g. because the case was cured (R1.11). */
@Revision("1")
public record DispatchCancelled(
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        String letterNumber,
        String reason) implements NoticeEvent {
}
