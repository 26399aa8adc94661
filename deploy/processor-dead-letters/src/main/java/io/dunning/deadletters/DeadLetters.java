package io.dunning.deadletters;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the parking processors of a service hold and the ops retry ({@link DeadLetterController}). Also the gauge
 * {@code dunning_dead_letters_parked{group}}: events parked per processing group (a COUNT on dead_letter_entry per
 * scrape).
 */
public class DeadLetters {

    static final int LISTED_SEQUENCES = 100;
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Configuration axon;
    private final List<String> groups;

    /** @param groups the processing groups that park ({@link ParkingProcessors#module}) */
    public DeadLetters(Configuration axon, MeterRegistry meterRegistry, List<String> groups) {
        this.axon = axon;
        this.groups = List.copyOf(groups);
        for (String group : groups) {
            Gauge.builder("dunning.dead.letters.parked", () -> queue(group).map(q -> (double) q.size()).orElse(0.0))
                    .description("Events parked in the dead-letter queue of an event processor, awaiting ops")
                    .tag("group", group)
                    .register(meterRegistry);
        }
    }

    public List<String> groups() {
        return groups;
    }

    /** The first {@value #LISTED_SEQUENCES} parked sequences of the group. */
    public List<ParkedSequence> parked(String group) {
        List<ParkedSequence> sequences = new ArrayList<>();
        SequencedDeadLetterQueue<EventMessage<?>> queue = requireQueue(group);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            sequences.add(summary(sequence));
            if (sequences.size() == LISTED_SEQUENCES) {
                break;
            }
        }
        return sequences;
    }

    public long parkedCount(String group) {
        return requireQueue(group).size();
    }

    /**
     * Processes one parked sequence of the group (the one Axon hands out first: the least recently touched), in
     * order, through the same handlers. @return true if every event of it was handled and it left the queue
     */
    public boolean retryOne(String group) {
        requireQueue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new UnknownProcessingGroupException(group, groups));
        boolean processed = processor.processAny();
        log.info("Ops retried a parked sequence of {}: {}", group, processed ? "processed" : "still parked or none");
        return processed;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> requireQueue(String group) {
        return queue(group).orElseThrow(() -> new UnknownProcessingGroupException(group, groups));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        if (!groups.contains(group)) {
            return Optional.empty();
        }
        return axon.eventProcessingConfiguration().deadLetterQueue(group);
    }

    private static ParkedSequence summary(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        DeadLetter<? extends EventMessage<?>> first = null;
        long letters = 0;
        Instant lastTouched = Instant.MIN;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            first = first == null ? letter : first;
            letters++;
            lastTouched = letter.lastTouched().isAfter(lastTouched) ? letter.lastTouched() : lastTouched;
        }
        if (first == null) {
            throw new IllegalStateException("Axon returned an empty dead-letter sequence");
        }
        Optional<Cause> cause = first.cause();
        return new ParkedSequence(sequenceIdOf(first), first.message().getPayloadType().getSimpleName(),
                first.message().getIdentifier(), cause.map(Cause::type).orElse(null),
                cause.map(Cause::message).orElse(null), letters,
                Math.max(0, ParkingPolicy.retriesOf(first.diagnostics())), first.enqueuedAt(), lastTouched);
    }

    private static String sequenceIdOf(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : String.valueOf(letter);
    }
}
