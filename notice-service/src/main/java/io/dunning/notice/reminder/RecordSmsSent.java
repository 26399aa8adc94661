package io.dunning.notice.reminder;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider accepted the SMS under its message id. */
public record RecordSmsSent(@TargetAggregateIdentifier String smsId, String providerMessageId, Instant sentAt) {
}
