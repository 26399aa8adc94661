package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * A friendly reminder is due to an obligor by SMS or phone (R1.1).
 * <p>
 * {@code sendBefore} (optional, added within revision 1, ADR 0009): the end of the contact window in which the case
 * permitted the reminder, in the obligor's zone (RULEBOOK section 6); nobody carries it out at or after that instant.
 * An optional field added to an event record is compatible within its revision: a stored or published event without
 * it reads as null (no window end known: sent whenever it can be), and every consumer reads it with this record.
 */
@Revision("1")
public record ReminderRequested(
        CaseId caseId,
        LoanId loanId,
        LadderStep step,
        ReminderChannel channel,
        PartyId recipient,
        ObligorRole recipientRole,
        int daysPastDue,
        String policyVersion,
        Instant sendBefore) implements CaseEvent {

    /** A reminder with no window end (yet): the ladder's decision before the conduct rules gate it. */
    public ReminderRequested(CaseId caseId, LoanId loanId, LadderStep step, ReminderChannel channel,
                             PartyId recipient, ObligorRole recipientRole, int daysPastDue, String policyVersion) {
        this(caseId, loanId, step, channel, recipient, recipientRole, daysPastDue, policyVersion, null);
    }

    /** This reminder, to be carried out before {@code end}. */
    public ReminderRequested sendingBefore(Instant end) {
        return new ReminderRequested(caseId, loanId, step, channel, recipient, recipientRole, daysPastDue,
                policyVersion, end);
    }
}
