package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A reminder the case requested could not be sent: the SMS gateway gave up after bounded retries (R1.1). Kept on
 * the case so the collector knows the borrower was not reminded by SMS (the phone reminder remains).
 */
@Revision("1")
public record NoticeFailed(
        CaseId caseId,
        LoanId loanId,
        NoticeChannel channel,
        LadderStep step,
        PartyId recipient,
        String smsId,
        String reason,
        Instant failedAt,
        String sourceEventId) implements CaseEvent {
}
