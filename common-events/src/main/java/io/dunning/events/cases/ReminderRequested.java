package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import org.axonframework.serialization.Revision;

/** A friendly reminder is due to an obligor by SMS or phone (R1.1). */
@Revision("1")
public record ReminderRequested(
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        ReminderChannel channel,
        PartyId recipient,
        ObligorRole recipientRole,
        int daysPastDue,
        String policyVersion) implements CaseEvent {
}
