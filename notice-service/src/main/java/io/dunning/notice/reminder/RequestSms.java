package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Request the friendly reminder SMS of a case's ladder step to one obligor (R1.1); its dispatch is claimed.
 * {@code sendBefore}: the end of its contact window (R6.1), null when the case named none.
 */
public record RequestSms(
        @TargetAggregateIdentifier String smsId,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        ObligorRole recipientRole,
        String template,
        Instant sendBefore) {
}
