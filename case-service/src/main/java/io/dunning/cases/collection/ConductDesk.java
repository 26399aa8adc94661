package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireDate;
import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.conduct.ContactDecision;
import io.dunning.cases.conduct.ContactHistory;
import io.dunning.cases.conduct.ContactPermissions;
import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.conduct.ContactRequest;
import io.dunning.cases.conduct.DialAttempt;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.ContactPermitted;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.DialAttempted;
import io.dunning.events.cases.ObligorMarkedUnreachable;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.PartyId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * The conduct rules on a case (RULEBOOK section 6): may a party be contacted now, decided by
 * {@link ContactPermissions} against the {@link ContactProfile} in force and the calls recorded here, the answer
 * recorded as an event either way; and whether an obligor is unreachable, which alone opens third parties (R6.5).
 * A member of {@link CollectionCase}: it sees every event of the case.
 */
class ConductDesk {

    /** Calls older than this no longer count for any cap or cooling-off a profile can express in practice. */
    private static final Duration KEPT = Duration.ofDays(62);

    private CaseId caseId;
    private LoanId loanId;
    private boolean closed;
    private final Set<PartyId> obligors = new HashSet<>();
    private final Set<PartyId> unreachable = new HashSet<>();
    private final List<DialAttempt> calls = new ArrayList<>();

    @CommandHandler
    ContactDecision handle(CheckContactPermission c, ContactProfile profile) {
        requireOpen();
        require(c.partyId() != null && c.channel() != null && c.timeZone() != null, Code.MISSING_DETAIL,
                "the party, the channel and the party's time zone must be set");
        requireDate(c.at(), "the time of the contact");
        var request = new ContactRequest(c.partyId(), obligors.contains(c.partyId()), c.channel(), c.timeZone(),
                c.contactPoint());
        var decision = ContactPermissions.evaluate(profile, request, history(), c.at());
        String zone = c.timeZone().getId();
        if (decision instanceof ContactDecision.Refused refused) {
            apply(new ContactRefused(caseId, loanId, c.partyId(), c.channel(), zone, c.at(), refused.rule(),
                    refused.reason(), refused.nextAllowedAt(), profile.name(), profile.version(), c.checkedBy()));
        } else if (decision instanceof ContactDecision.Permitted permitted) {
            apply(new ContactPermitted(caseId, loanId, c.partyId(), c.channel(), zone, c.at(),
                    permitted.mayDiscloseDebt(), profile.name(), profile.version(), c.checkedBy()));
        }
        return decision;
    }

    @CommandHandler
    void handle(RecordDialAttempt c) {
        requireOpen();
        require(c.partyId() != null, Code.MISSING_DETAIL, "the party must be set");
        requireDate(c.at(), "the time of the call");
        String point = c.contactPoint() == null || c.contactPoint().isBlank() ? ContactRequest.PRIMARY : c.contactPoint();
        apply(new DialAttempted(caseId, loanId, c.partyId(), point, c.at(), c.answered(), c.recordedBy()));
    }

    @CommandHandler
    void handle(MarkObligorUnreachable c) {
        requireOpen();
        requireText(c.reason(), "the reason the obligor cannot be reached");
        require(obligors.contains(c.partyId()), Code.NOT_AN_OBLIGOR, c.partyId() + " is no obligor of this case");
        apply(new ObligorMarkedUnreachable(caseId, loanId, c.partyId(), c.reason(), c.markedBy()));
    }

    /** The calls and reachability the conduct rules decide on, as recorded so far. */
    ContactHistory history() {
        return new ContactHistory(calls, !unreachable.isEmpty());
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
        e.obligors().stream().map(Obligor::partyId).forEach(obligors::add);
    }

    @EventSourcingHandler
    void on(DialAttempted e) {
        calls.removeIf(call -> call.at().isBefore(e.at().minus(KEPT)));
        calls.add(new DialAttempt(e.partyId(), e.contactPoint(), e.at(), e.answered()));
        if (e.answered()) {
            unreachable.remove(e.partyId());
        }
    }

    @EventSourcingHandler
    void on(ObligorMarkedUnreachable e) {
        unreachable.add(e.partyId());
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }

    private void requireOpen() {
        require(!closed, Code.CASE_CLOSED, "case " + caseId + " is closed");
    }
}
