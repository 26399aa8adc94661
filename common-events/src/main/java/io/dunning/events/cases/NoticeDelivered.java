package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The courier delivered the letter; the reference of the proof of delivery is kept on the case (R3.2). */
@Revision("1")
public record NoticeDelivered(
        CaseId caseId,
        LoanId loanId,
        String letterNumber,
        String waybill,
        String proofOfDeliveryRef,
        Instant deliveredAt,
        String sourceEventId) implements CaseEvent {
}
