package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A reminder SMS is due (internal to notice-service, not published). Carries the party reference, never a phone
 * number or the text. {@code sendBefore} (optional within revision 1, ADR 0009): never handed to the provider at or
 * after it; stored events without it read as null.
 */
@Revision("1")
public record SmsRequested(
        String smsId,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        ObligorRole recipientRole,
        String template,
        Instant sendBefore) {
}
