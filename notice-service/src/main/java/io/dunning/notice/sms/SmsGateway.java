package io.dunning.notice.sms;

import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * The SMS provider. Idempotent on the provider's side: the SMS id is the idempotency key, so the same message is
 * never sent twice however often it is retried. Errors: {@link SmsRejected} (the provider said no, e.g. an
 * undeliverable number: record SmsFailed) or {@link SmsUnavailable} (transient faults outlasted the retries).
 */
public interface SmsGateway {

    /** Sends the message; completes with the provider's message id. */
    Mono<SmsReceipt> send(Sms sms);

    /**
     * @param smsId        our id of the message, also the idempotency key
     * @param recipientRef the provider's reference of the recipient (never logged)
     * @param template     template id at the provider, or null when {@code text} is given
     * @param text         rendered text, or null when the provider renders {@code template} (never logged)
     */
    record Sms(String smsId, String recipientRef, String template, String text) {
    }

    record SmsReceipt(String messageId, String smsId, Instant acceptedAt) {
    }
}
