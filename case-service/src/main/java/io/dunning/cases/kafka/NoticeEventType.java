package io.dunning.cases.kafka;

import io.dunning.events.CloudEventHeaders;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterIssued;
import io.dunning.events.notice.LetterReturned;
import io.dunning.events.notice.NoticeEvent;
import io.dunning.events.notice.SmsFailed;
import io.dunning.events.notice.SmsSent;
import org.axonframework.serialization.Revision;

/** The events notice-service publishes on {@code dunning.notice-events.v1}, by {@code ce_type} ({@code <Name>.v<revision>}). */
enum NoticeEventType {
    LETTER_ISSUED(LetterIssued.class),
    LETTER_DISPATCHED(LetterDispatched.class),
    LETTER_DELIVERED(LetterDelivered.class),
    LETTER_RETURNED(LetterReturned.class),
    SMS_SENT(SmsSent.class),
    SMS_FAILED(SmsFailed.class),
    DISPATCH_CANCELLED(DispatchCancelled.class);

    private final Class<? extends NoticeEvent> payloadType;
    private final String ceType;

    NoticeEventType(Class<? extends NoticeEvent> payloadType) {
        this.payloadType = payloadType;
        this.ceType = CloudEventHeaders.typeOf(payloadType.getSimpleName(),
                payloadType.getAnnotation(Revision.class).value());
    }

    Class<? extends NoticeEvent> payloadType() {
        return payloadType;
    }

    String ceType() {
        return ceType;
    }
}
