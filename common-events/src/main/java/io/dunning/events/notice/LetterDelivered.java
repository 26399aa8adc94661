package io.dunning.events.notice;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The courier delivered the letter; the proof of delivery is kept (R3.2). */
@Revision("1")
public record LetterDelivered(
        String letterNumber,
        CaseId caseId,
        LoanId loanId,
        String waybill,
        String proofOfDeliveryRef,
        Instant deliveredAt) implements NoticeEvent {
}
