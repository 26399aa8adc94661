package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A friendly reminder of the ladder (R1.1) is due, but the conduct rules forbid contacting the obligor on its
 * channel now (RULEBOOK section 6; the refusal itself is the {@link ContactRefused} recorded with it). The case
 * asks again at {@code until} and requests the reminder then; null when no time lifts the refusal (the reminder
 * is not sent).
 */
@Revision("1")
public record ReminderDeferred(
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        ReminderChannel channel,
        PartyId recipient,
        ObligorRole recipientRole,
        int daysPastDue,
        String rule,
        Instant until,
        String policyVersion) implements CaseEvent {
}
