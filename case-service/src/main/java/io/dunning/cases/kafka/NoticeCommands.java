package io.dunning.cases.kafka;

import io.dunning.cases.collection.RecordNoticeDelivered;
import io.dunning.cases.collection.RecordNoticeFailed;
import io.dunning.cases.collection.RecordNoticeReturned;
import io.dunning.cases.collection.RecordNoticeSent;
import io.dunning.cases.kafka.InvalidRecordException.Reason;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.common.TypedId;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterReturned;
import io.dunning.events.notice.NoticeEvent;
import io.dunning.events.notice.SmsFailed;
import io.dunning.events.notice.SmsSent;
import java.util.Optional;

/**
 * Validates a notice event and translates it into the command for its case (routed by the event's caseId). The
 * facts the case does not record (LetterIssued: the letter is not out yet; DispatchCancelled: the case's own cure
 * cancelled it) have no command: acknowledged without effect.
 */
final class NoticeCommands {

    private NoticeCommands() {
    }

    /** @throws InvalidRecordException when a field the case needs is missing */
    static Optional<Object> commandFor(NoticeEvent event, String ceId) {
        require(event.caseId(), "caseId");
        require(event.loanId(), "loanId");
        if (event instanceof LetterDispatched e) {
            require(e.letterNumber(), "letterNumber");
            require(e.waybill(), "waybill");
            require(e.dispatchedAt(), "dispatchedAt");
            return Optional.of(new RecordNoticeSent(e.caseId(), NoticeChannel.LETTER, e.step(), e.recipient(),
                    e.letterNumber(), e.letterType(), e.waybill(), null, e.dispatchedAt(), ceId));
        }
        if (event instanceof SmsSent e) {
            require(e.smsId(), "smsId");
            require(e.sentAt(), "sentAt");
            return Optional.of(new RecordNoticeSent(e.caseId(), NoticeChannel.SMS, e.step(), e.recipient(), null, null,
                    null, e.smsId(), e.sentAt(), ceId));
        }
        if (event instanceof LetterDelivered e) {
            require(e.letterNumber(), "letterNumber");
            require(e.deliveredAt(), "deliveredAt");
            return Optional.of(new RecordNoticeDelivered(e.caseId(), e.letterNumber(), e.waybill(),
                    e.proofOfDeliveryRef(), e.deliveredAt(), ceId));
        }
        if (event instanceof LetterReturned e) {
            require(e.letterNumber(), "letterNumber");
            require(e.returnedAt(), "returnedAt");
            return Optional.of(new RecordNoticeReturned(e.caseId(), e.letterNumber(), e.waybill(), e.returnReason(),
                    e.returnedItemRef(), e.returnedAt(), ceId));
        }
        if (event instanceof SmsFailed e) {
            require(e.smsId(), "smsId");
            require(e.failedAt(), "failedAt");
            return Optional.of(new RecordNoticeFailed(e.caseId(), e.step(), e.recipient(), e.smsId(), e.reason(),
                    e.failedAt(), ceId));
        }
        return Optional.empty();
    }

    private static void require(Object value, String field) {
        boolean blank = value == null
                || value instanceof String s && s.isBlank()
                || value instanceof TypedId id && (id.value() == null || id.value().isBlank());
        if (blank) {
            throw new InvalidRecordException(Reason.INVALID_FIELD, field + " is required");
        }
    }
}
