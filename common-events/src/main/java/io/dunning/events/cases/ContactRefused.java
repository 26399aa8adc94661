package io.dunning.events.cases;

import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The party may not be contacted on this channel at {@code at}: the named conduct rule (e.g.
 * {@code OutsideContactHours}) of the profile in force forbids it (RULEBOOK section 6). {@code nextAllowedAt} is
 * the earliest instant the contact would be permitted if nothing else happens on the case, or null when no time
 * will lift the refusal (a third party while the obligors are reachable, R6.5).
 */
@Revision("1")
public record ContactRefused(
        CaseId caseId,
        LoanId loanId,
        PartyId partyId,
        ConductChannel channel,
        String timeZone,
        Instant at,
        String rule,
        String reason,
        Instant nextAllowedAt,
        String profile,
        String policyVersion,
        UserId checkedBy) implements CaseEvent {
}
