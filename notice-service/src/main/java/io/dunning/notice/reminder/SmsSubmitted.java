package io.dunning.notice.reminder;

import org.axonframework.serialization.Revision;

/** The SMS is being handed to the provider (internal, not published): a cure no longer cancels it. */
@Revision("1")
public record SmsSubmitted(String smsId) {
}
