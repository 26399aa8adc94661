package io.dunning.processing;

import java.util.function.Function;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * A sequencing policy on a key of the payload (docs/adr/0014): events with the same key go to the same segment of a
 * tracking processor and are handled in the order of the event store; other payloads fall back to Axon's default,
 * the aggregate ({@link SequentialPerAggregatePolicy}).
 */
public final class SequenceBy {

    private SequenceBy() {
    }

    public static <T> SequencingPolicy<EventMessage<?>> payload(Class<T> type, Function<T, Object> key) {
        return message -> type.isInstance(message.getPayload())
                ? key.apply(type.cast(message.getPayload()))
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(message);
    }
}
