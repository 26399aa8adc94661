package io.dunning.events.notice;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** The SMS gateway could not send a reminder SMS, after bounded retries. */
@Revision("1")
public record SmsFailed(
        String smsId,
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        PartyId recipient,
        String reason,
        Instant failedAt) implements NoticeEvent {
}
