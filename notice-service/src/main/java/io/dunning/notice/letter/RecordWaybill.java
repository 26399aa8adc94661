package io.dunning.notice.letter;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The sent copy was handed to the tracked courier, which issued this waybill (R3.1). */
public record RecordWaybill(@TargetAggregateIdentifier String letterNumber, String waybill, Instant dispatchedAt) {
}
