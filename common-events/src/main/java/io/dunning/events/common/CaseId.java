package io.dunning.events.common;

import java.util.Objects;

/** A collection case: one overdue episode of one loan. */
public record CaseId(String value) implements TypedId {

    public CaseId {
        Objects.requireNonNull(value, "CaseId value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("CaseId must not be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
