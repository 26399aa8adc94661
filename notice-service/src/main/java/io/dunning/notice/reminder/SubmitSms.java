package io.dunning.notice.reminder;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hand the SMS to the provider: answers true when it may (still) be sent, i.e. it was requested and neither
 * cancelled nor settled. From then on a cure no longer cancels it.
 */
public record SubmitSms(@TargetAggregateIdentifier String smsId) {
}
