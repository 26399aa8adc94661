package io.dunning.events.common;

import java.util.Objects;

/** A loan in core banking. */
public record LoanId(String value) implements TypedId {

    public LoanId {
        Objects.requireNonNull(value, "LoanId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("LoanId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
