package io.dunning.events.common;

import java.util.Objects;

/** A customer of the bank (the borrower's customer number). */
public record CustomerId(String value) implements TypedId {

    public CustomerId {
        Objects.requireNonNull(value, "CustomerId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CustomerId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
