package io.dunning.events.notice;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The courier returned the letter; the returned item is kept (R3.2). A fact the case can act on. */
@Revision("1")
public record LetterReturned(
        String letterNumber,
        CaseId caseId,
        LoanId loanId,
        String waybill,
        String returnReason,
        String returnedItemRef,
        Instant returnedAt) implements NoticeEvent {
}
