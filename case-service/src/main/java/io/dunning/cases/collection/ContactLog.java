package io.dunning.cases.collection;

import static io.dunning.cases.collection.CaseRuleViolation.require;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.ContactRecorded;
import io.dunning.events.cases.ContactedParty;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.PartyId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateMember;

/**
 * The contacts with the parties of a case (R4.1-R4.3, R6.3, R6.4) and, as its member {@link ComplaintDesk}, the
 * complaints about them (R6.8). A member of {@link CollectionCase}: it sees every event of the case; a promise agreed
 * in a contact goes through the case's {@link PromiseDesk}, so it is judged like any other (R5.1).
 */
class ContactLog {

    private final PromiseDesk promiseDesk;
    @AggregateMember
    private final ComplaintDesk complaints = new ComplaintDesk();
    private final Set<String> contactIds = new HashSet<>();
    private final Set<PartyId> obligors = new HashSet<>();
    private CaseId caseId;
    private LoanId loanId;
    private boolean closed;

    ContactLog(PromiseDesk promiseDesk) {
        this.promiseDesk = promiseDesk;
    }

    @CommandHandler
    void handle(RecordContact c, CollectionPolicy policy, DeadlineManager deadlines) {
        require(!closed, Code.CASE_CLOSED, "case " + caseId + " is closed");
        require(isComplete(c), Code.CONTACT_INCOMPLETE,
                "a contact records its id, channel, time, place, participants, party, points made and reaction");
        require(!c.promises() || (c.promisedAmount() != null && c.promisedBy() != null), Code.CONTACT_INCOMPLETE,
                "a promise agreed needs an amount and a date");
        require(c.partyKind() != ContactedParty.OBLIGOR || obligors.contains(c.party()), Code.UNKNOWN_OBLIGOR,
                "party " + c.party() + " is not an obligor of the loan");
        require(!contactIds.contains(c.contactId()), Code.DUPLICATE_CONTACT, "contact " + c.contactId() + " exists");
        require(c.recordedBy() != null && c.participants().contains(c.recordedBy()), Code.COLLECTOR_NOT_IDENTIFIED,
                "the collector recording the contact must be one of its participants");
        require(VisitRules.madeByEnoughCollectors(c.channel(), c.participants()), Code.VISIT_NEEDS_TWO_COLLECTORS,
                "a " + c.channel() + " is made by at least " + VisitRules.MIN_COLLECTORS + " collectors");
        require(VisitRules.keepsItsEvidence(c.channel(), c.recordingRef(), c.photoRefs()),
                Code.VISIT_EVIDENCE_MISSING, "a " + c.channel() + " keeps its recording and at least "
                        + VisitRules.MIN_PHOTOS + " photos");
        String promiseId = c.promises() ? "contact-" + c.contactId() : null;
        apply(new ContactRecorded(caseId, loanId, c.contactId(), c.channel(), c.occurredAt(), c.place(),
                List.copyOf(c.participants()), c.party(), c.partyKind(), c.pointsMade(), c.customerReaction(),
                c.agreement(), promiseId, c.recordingRef(), c.photoRefs() == null ? List.of() : List.copyOf(c.photoRefs()),
                c.recordedBy()));
        if (promiseId != null) {
            promiseDesk.promiseAgreed(promiseId, c.promisedAmount(), c.promisedBy(), c.recordedBy(), policy, deadlines);
        }
    }

    private static boolean isComplete(RecordContact c) {
        return hasText(c.contactId()) && c.channel() != null && c.occurredAt() != null && hasText(c.place())
                && c.participants() != null && !c.participants().isEmpty() && c.party() != null
                && c.partyKind() != null && hasText(c.pointsMade()) && hasText(c.customerReaction());
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    @EventSourcingHandler
    void on(CaseOpened e) {
        caseId = e.caseId();
        loanId = e.loanId();
        e.obligors().stream().map(Obligor::partyId).forEach(obligors::add);
    }

    @EventSourcingHandler
    void on(ContactRecorded e) {
        contactIds.add(e.contactId());
    }

    @EventSourcingHandler
    void on(CaseClosed e) {
        closed = true;
    }
}
