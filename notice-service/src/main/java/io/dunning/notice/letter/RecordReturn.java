package io.dunning.notice.letter;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The courier returned the letter; {@code itemRef} points at the kept returned item (R3.2). */
public record RecordReturn(@TargetAggregateIdentifier String letterNumber, String reason, String itemRef,
                           Instant returnedAt) {
}
