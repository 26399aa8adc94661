package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The party may be contacted on this channel at {@code at} under the contact profile in force (RULEBOOK section 6).
 * A third party is never told of the debt: {@code mayDiscloseDebt} is false for anyone not an obligor (R6.5).
 */
@Revision("1")
public record ContactPermitted(
        CaseId caseId,
        LoanId loanId,
        PartyId partyId,
        ConductChannel channel,
        String timeZone,
        Instant at,
        boolean mayDiscloseDebt,
        String profile,
        String policyVersion,
        UserId checkedBy) implements CaseEvent {
}
