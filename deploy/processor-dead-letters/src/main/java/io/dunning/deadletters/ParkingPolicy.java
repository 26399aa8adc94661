package io.dunning.deadletters;

import static org.axonframework.messaging.deadletter.ThrowableCause.truncated;

import java.util.function.Predicate;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a parking processor's handler fails: a transient failure ({@link Transience}) is thrown on, so the processor
 * rolls the batch back, backs off and tries again (parking every event while the database is down would park
 * everything); anything else parks the event (and, by Axon's sequenced queue, every later event of the same case)
 * with its cause and a {@value #RETRIES} count in the diagnostics, after rolling back what the handler wrote
 * ({@link EventSavepoints}). A parked event that fails again when ops retry it stays parked, its count one higher.
 * Nothing is ever evicted automatically: only a successful retry removes a dead letter.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";
    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    private final EventSavepoints savepoints;
    private final Predicate<Throwable> alsoTransient;

    /** @param alsoTransient what else the service's handlers throw for an outage (e.g. a gateway unavailable) */
    ParkingPolicy(EventSavepoints savepoints, Predicate<Throwable> alsoTransient) {
        this.savepoints = savepoints;
        this.alsoTransient = alsoTransient;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (Transience.isTransient(cause) || Transience.anyInChain(cause, alsoTransient)) {
            throw new TransientHandlerFailure(cause);
        }
        savepoints.rollBackFailedHandler();
        long retries = retriesOf(letter.diagnostics()) + 1;
        log.warn("Parked {} {} of case {} (retries {}): {}", letter.message().getPayloadType().getSimpleName(),
                letter.message().getIdentifier(), caseOf(letter.message()), retries, cause.toString());
        return Decisions.requeue(truncated(cause), l -> l.diagnostics().and(RETRIES, retries));
    }

    private static String caseOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "-";
    }

    /** -1 for a letter never parked yet, so its first parking records 0 retries. */
    static long retriesOf(MetaData diagnostics) {
        Object value = diagnostics.get(RETRIES);
        return value instanceof Number n ? n.longValue() : -1;
    }

    /** Thrown on so that the processor retries the batch instead of parking the event. */
    static final class TransientHandlerFailure extends RuntimeException {

        TransientHandlerFailure(Throwable cause) {
            super("transient failure, the processor will retry: " + cause, cause);
        }
    }
}
