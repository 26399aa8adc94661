package io.dunning.events.notice;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A reminder SMS was not sent: the gateway refused it or stayed unreachable after bounded retries, or its contact
 * window closed before it could go ({@link #OUTSIDE_CONTACT_WINDOW}).
 */
@Revision("1")
public record SmsFailed(
        String smsId,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        String reason,
        Instant failedAt) implements NoticeEvent {

    /** The reason when the reminder's contact window closed before the SMS could go out (ADR 0009, R6.1). */
    public static final String OUTSIDE_CONTACT_WINDOW = "OUTSIDE_CONTACT_WINDOW";
}
