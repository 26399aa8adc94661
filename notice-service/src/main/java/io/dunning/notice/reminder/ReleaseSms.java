package io.dunning.notice.reminder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * May the dispatch of this SMS be claimed by a new request of the same reminder? True only when it failed because
 * its contact window closed before it could go (ADR 0009); it changes nothing on the SMS.
 */
public record ReleaseSms(@TargetAggregateIdentifier String smsId) {
}
