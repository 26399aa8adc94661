package io.dunning.events.common;

import java.util.Objects;

/** An obligor (borrower or guarantor); personal data lives in the party store, never in events. */
public record PartyId(String value) implements TypedId {

    public PartyId {
        Objects.requireNonNull(value, "PartyId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("PartyId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
