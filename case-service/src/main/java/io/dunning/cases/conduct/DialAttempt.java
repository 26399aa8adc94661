package io.dunning.cases.conduct;

import io.dunning.events.common.PartyId;
import java.time.Instant;

/** A call dialled to a party's contact point; answered means a conversation took place. */
public record DialAttempt(PartyId party, String contactPoint, Instant at, boolean answered) {
}
