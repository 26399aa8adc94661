package io.dunning.events.common;

/**
 * A typed identifier: a record with one {@code String value}. Services serialize it as a bare JSON string.
 */
public interface TypedId {

    String value();
}
