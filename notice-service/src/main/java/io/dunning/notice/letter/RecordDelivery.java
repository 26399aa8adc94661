package io.dunning.notice.letter;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The courier delivered the letter; {@code proofRef} points at the kept proof of delivery (R3.2). */
public record RecordDelivery(@TargetAggregateIdentifier String letterNumber, String proofRef, Instant deliveredAt) {
}
