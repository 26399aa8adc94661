package io.dunning.events.notice;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The sent copy was handed to the tracked courier; the waybill number is recorded (R3.1). */
@Revision("1")
public record LetterDispatched(
        String letterNumber,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        LetterType letterType,
        PartyId recipient,
        ObligorRole recipientRole,
        String waybill,
        Instant dispatchedAt) implements NoticeEvent {
}
