package io.dunning.notice.reminder;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The provider refused the SMS, or stayed unreachable through the adapter's bounded retries. */
public record RecordSmsFailed(@TargetAggregateIdentifier String smsId, String reason, Instant failedAt) {
}
