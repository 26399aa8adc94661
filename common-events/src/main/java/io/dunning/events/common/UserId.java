package io.dunning.events.common;

import java.util.Objects;

/** A member of staff (collector, supervisor, risk approver) or a system actor. */
public record UserId(String value) implements TypedId {

    public UserId {
        Objects.requireNonNull(value, "UserId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("UserId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
