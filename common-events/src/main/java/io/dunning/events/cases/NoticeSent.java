package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A notice the case requested went out (R3.1): a LETTER handed to the tracked courier (letter number, letter type
 * and waybill set, smsId null) or an SMS accepted by the gateway (smsId set, the letter fields null). Recorded once
 * per letter number or SMS; {@code sourceEventId} is the CloudEvents id of notice-service's event.
 */
@Revision("1")
public record NoticeSent(
        CaseId caseId,
        LoanId loanId,
        NoticeChannel channel,
        LadderStep step,
        PartyId recipient,
        String letterNumber,
        LetterType letterType,
        String waybill,
        String smsId,
        Instant sentAt,
        String sourceEventId) implements CaseEvent {
}
