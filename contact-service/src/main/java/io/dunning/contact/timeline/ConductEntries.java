package io.dunning.contact.timeline;

import io.dunning.events.cases.CaseEvent;
import io.dunning.events.cases.ComplaintClosed;
import io.dunning.events.cases.ComplaintHandled;
import io.dunning.events.cases.ComplaintRecorded;
import io.dunning.events.cases.ContactPermitted;
import io.dunning.events.cases.ContactRecorded;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.DialAttempted;
import io.dunning.events.cases.ObligorMarkedUnreachable;
import io.dunning.events.cases.PartyErased;
import io.dunning.events.cases.PersonalDataRevealed;
import java.time.Instant;

/**
 * The timeline entries of the collectors' own record and of the conduct rules (RULEBOOK sections 4 and 6):
 * contacts in full (R4.2), complaints (R6.8), contact permitted or refused with the rule and the next allowed time
 * (R6.1-R6.5), dial attempts, obligors unreachable, personal data revealed and parties erased (R6.7). Parties and
 * staff appear as references only; summaries name channels, rules and ids, never personal data.
 */
final class ConductEntries {

    private ConductEntries() {
    }

    static EntryDraft of(CaseEvent event, Instant at) {
        if (event instanceof ContactRecorded e) {
            return contact(e, at);
        }
        if (event instanceof ComplaintRecorded e) {
            return draft(e, EntryType.COMPLAINT, at, "Complaint " + e.complaintId() + " received by " + e.channel()
                    + ": " + e.summary()).detail("complaintId", e.complaintId()).detail("channel", e.channel())
                    .detail("receivedAt", e.receivedAt()).detail("recordedBy", e.recordedBy());
        }
        if (event instanceof ComplaintHandled e) {
            return draft(e, EntryType.COMPLAINT, at, "Complaint " + e.complaintId() + " handled: " + e.actionTaken())
                    .detail("complaintId", e.complaintId()).detail("actionTaken", e.actionTaken())
                    .detail("handledBy", e.handledBy());
        }
        if (event instanceof ComplaintClosed e) {
            return draft(e, EntryType.COMPLAINT, at, "Complaint " + e.complaintId() + " closed: " + e.outcome())
                    .detail("complaintId", e.complaintId()).detail("complaintOutcome", e.outcome())
                    .detail("closedBy", e.closedBy());
        }
        return conduct(event, at);
    }

    private static EntryDraft contact(ContactRecorded e, Instant at) {
        EntryDraft draft = draft(e, EntryType.CONTACT, at, e.channel() + " contact with "
                + (e.partyKind() == null ? "the party" : e.partyKind().name().toLowerCase().replace('_', ' '))
                + (e.agreement() == null || e.agreement().isBlank() ? "" : ", agreed: " + e.agreement()))
                .party(e.party()).detail("contactId", e.contactId()).detail("contactedAt", e.occurredAt())
                .detail("place", e.place()).detail("participants", e.participants())
                .detail("partyKind", e.partyKind()).detail("pointsMade", e.pointsMade())
                .detail("customerReaction", e.customerReaction()).detail("agreement", e.agreement())
                .detail("promiseId", e.promiseId()).detail("recordingRef", e.recordingRef())
                .detail("photoRefs", e.photoRefs()).detail("recordedBy", e.recordedBy());
        draft.channel = e.channel().name();
        return draft;
    }

    private static EntryDraft conduct(CaseEvent event, Instant at) {
        if (event instanceof ContactPermitted e) {
            return conductDraft(e, at, e.channel() + " contact permitted under " + e.profile() + " "
                    + e.policyVersion(), e.channel().name()).party(e.partyId()).detail("checkedFor", e.at())
                    .detail("timeZone", e.timeZone()).detail("mayDiscloseDebt", e.mayDiscloseDebt())
                    .detail("profile", e.profile()).detail("policyVersion", e.policyVersion())
                    .detail("checkedBy", e.checkedBy());
        }
        if (event instanceof ContactRefused e) {
            return conductDraft(e, at, e.channel() + " contact refused by " + e.rule()
                    + (e.nextAllowedAt() == null ? "" : ", next allowed at " + e.nextAllowedAt()), e.channel().name())
                    .party(e.partyId()).detail("checkedFor", e.at()).detail("timeZone", e.timeZone())
                    .detail("rule", e.rule()).detail("reason", e.reason()).detail("nextAllowedAt", e.nextAllowedAt())
                    .detail("profile", e.profile()).detail("policyVersion", e.policyVersion())
                    .detail("checkedBy", e.checkedBy());
        }
        if (event instanceof DialAttempted e) {
            return conductDraft(e, at, "Call to " + e.contactPoint() + (e.answered() ? " answered" : " not answered"),
                    "CALL").party(e.partyId()).detail("contactPoint", e.contactPoint()).detail("dialledAt", e.at())
                    .detail("answered", e.answered()).detail("recordedBy", e.recordedBy());
        }
        if (event instanceof ObligorMarkedUnreachable e) {
            return conductDraft(e, at, "Obligor marked unreachable: " + e.reason(), null).party(e.partyId())
                    .detail("reason", e.reason()).detail("markedBy", e.markedBy());
        }
        return personalData(event, at);
    }

    private static EntryDraft personalData(CaseEvent event, Instant at) {
        if (event instanceof PersonalDataRevealed e) {
            return draft(e, EntryType.PERSONAL_DATA, at, "Personal data revealed to " + e.revealedBy() + " ("
                    + e.revealedByRole() + "): " + e.reason()).party(e.partyId()).detail("revealId", e.revealId())
                    .detail("revealedBy", e.revealedBy()).detail("role", e.revealedByRole())
                    .detail("reason", e.reason()).detail("revealedAt", e.revealedAt());
        }
        if (event instanceof PartyErased e) {
            return draft(e, EntryType.PERSONAL_DATA, at, "Personal data of a party erased")
                    .key("erased:" + e.caseId().value() + "|" + e.partyId().value()).party(e.partyId())
                    .detail("erasedBy", e.erasedBy()).detail("erasedAt", e.erasedAt());
        }
        return null;
    }

    private static EntryDraft conductDraft(CaseEvent e, Instant at, String summary, String channel) {
        EntryDraft draft = draft(e, EntryType.CONDUCT, at, summary);
        draft.channel = channel;
        return draft;
    }

    private static EntryDraft draft(CaseEvent c, EntryType type, Instant at, String summary) {
        return new EntryDraft(c.caseId().value(), c.loanId().value(), type, at, summary);
    }
}
