package io.dunning.events.common;

import java.util.Objects;

/** The branch that owns the loan and sends its letters. */
public record BranchId(String value) implements TypedId {

    public BranchId {
        Objects.requireNonNull(value, "BranchId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("BranchId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
