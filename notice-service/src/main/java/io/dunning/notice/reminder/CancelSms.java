package io.dunning.notice.reminder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an SMS not yet handed to the provider, e.g. because the case was cured (R1.11); answers whether it was. */
public record CancelSms(@TargetAggregateIdentifier String smsId, String reason) {
}
