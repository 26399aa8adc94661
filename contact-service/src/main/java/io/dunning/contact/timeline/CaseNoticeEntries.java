package io.dunning.contact.timeline;

import io.dunning.events.cases.CaseEvent;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.cases.NoticeDelivered;
import io.dunning.events.cases.NoticeFailed;
import io.dunning.events.cases.NoticeReturned;
import io.dunning.events.cases.NoticeSent;
import java.time.Instant;

/**
 * The case's own record of what became of its notices (R3.1, R3.2): sent, delivered, returned, failed. They update
 * the one entry of the dispatch (or of the letter number) that notice-service's events update too, so the entry is
 * right whichever of the two arrives first, and a repeat changes nothing but the version.
 */
final class CaseNoticeEntries {

    private CaseNoticeEntries() {
    }

    static EntryDraft of(CaseEvent event, Instant at) {
        if (event instanceof NoticeSent e) {
            boolean letter = e.channel() == NoticeChannel.LETTER;
            return new EntryDraft(e.caseId().value(), e.loanId().value(), letter ? EntryType.LETTER : EntryType.REMINDER,
                    at, letter ? "Letter " + e.letterNumber() : "SMS reminder")
                    .key(TimelineEntries.dispatchKey(e.caseId(), e.step(), e.recipient()))
                    .status(letter ? EntryStatus.DISPATCHED : EntryStatus.SENT).party(e.recipient())
                    .letter(letter ? e.letterType().name() : null, e.letterNumber(), null, null)
                    .dispatch(e.step().name(), e.channel().name(), e.waybill(), null);
        }
        if (event instanceof NoticeFailed e) {
            return new EntryDraft(e.caseId().value(), e.loanId().value(), EntryType.REMINDER, at, "SMS reminder")
                    .key(TimelineEntries.dispatchKey(e.caseId(), e.step(), e.recipient())).status(EntryStatus.FAILED)
                    .party(e.recipient()).dispatch(e.step().name(), e.channel().name(), null, null)
                    .detail("failureReason", e.reason());
        }
        if (event instanceof NoticeDelivered e) {
            return letterOutcome(e.caseId().value(), e.loanId().value(), at, e.letterNumber(), EntryStatus.DELIVERED,
                    e.waybill(), e.proofOfDeliveryRef());
        }
        if (event instanceof NoticeReturned e) {
            return letterOutcome(e.caseId().value(), e.loanId().value(), at, e.letterNumber(), EntryStatus.RETURNED,
                    e.waybill(), e.returnedItemRef()).detail("returnReason", e.returnReason());
        }
        return null;
    }

    /** A letter delivered or returned: the entry holding that letter number. */
    static EntryDraft letterOutcome(String caseId, String loanId, Instant at, String number, EntryStatus status,
                                    String waybill, String evidence) {
        return new EntryDraft(caseId, loanId, EntryType.LETTER, at, "Letter " + number)
                .key(TimelineEntries.letterKey(number)).status(status).letter(null, number, null, null)
                .dispatch(null, "LETTER", waybill, evidence);
    }
}
