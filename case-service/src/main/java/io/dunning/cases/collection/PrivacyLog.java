package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static io.dunning.cases.collection.CaseRuleViolation.requireDate;
import static io.dunning.cases.collection.CaseRuleViolation.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.PartyErased;
import io.dunning.events.cases.PersonalDataRevealed;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.PartyId;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * Every access to an obligor's personal data, and its erasure, in the case's history (R6.7: every access
 * accountable). Open or closed, the case records it: the audit trail outlives the collection. Only obligors of the
 * case; the data itself never enters an event. A member of {@link CollectionCase}.
 */
class PrivacyLog {

    private CaseOpened opened;
    private final Set<PartyId> erased = new HashSet<>();

    @CommandHandler
    void handle(RecordPersonalDataRevealed c) {
        requireObligor(c.partyId());
        requireText(c.revealId(), "the reveal id");
        requireText(c.reason(), "the reason for the reveal");
        require(c.revealedBy() != null && c.role() != null, Code.MISSING_DETAIL,
                "who revealed, in which role");
        requireDate(c.revealedAt(), "the time of the reveal");
        apply(new PersonalDataRevealed(opened.caseId(), opened.loanId(), c.revealId(), c.partyId(), c.revealedBy(), c.role(),
                c.reason(), c.revealedAt()));
    }

    /** Erasing an erased party again records nothing. */
    @CommandHandler
    void handle(RecordPartyErased c) {
        requireObligor(c.partyId());
        require(c.erasedBy() != null, Code.MISSING_DETAIL, "who erased the party");
        requireDate(c.erasedAt(), "the time of the erasure");
        if (!erased.contains(c.partyId())) {
            apply(new PartyErased(opened.caseId(), opened.loanId(), c.partyId(), c.erasedBy(), c.erasedAt()));
        }
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        opened = e;
    }

    @EventSourcingHandler
    void on(PartyErased e) {
        erased.add(e.partyId());
    }

    private void requireObligor(PartyId partyId) {
        require(opened.obligors().stream().map(Obligor::partyId).anyMatch(p -> p.equals(partyId)),
                Code.NOT_AN_OBLIGOR, partyId + " is no obligor of case " + opened.caseId());
    }
}
