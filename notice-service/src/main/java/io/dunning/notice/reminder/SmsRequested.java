package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import org.axonframework.serialization.Revision;

/**
 * A reminder SMS is due (internal to notice-service, not published). Carries the party reference, never a phone
 * number or the text.
 */
@Revision("1")
public record SmsRequested(
        String smsId,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        ObligorRole recipientRole,
        String template) {
}
