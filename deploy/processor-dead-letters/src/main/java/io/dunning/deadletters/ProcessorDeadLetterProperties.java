package io.dunning.deadletters;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A service's parking processors ({@code dunning.dead-letters.*}, docs/adr/0010).
 *
 * @param processors        the processing groups that park what they cannot handle; a publisher is not one of them
 *                          (it blocks and retries)
 * @param transientFailures what the service's own handlers throw for an outage (a gateway unavailable): retried by
 *                          the processor like a lost database connection, never parked
 */
@ConfigurationProperties("dunning.dead-letters")
public record ProcessorDeadLetterProperties(List<String> processors,
                                            List<Class<? extends Throwable>> transientFailures) {

    public ProcessorDeadLetterProperties {
        processors = processors == null ? List.of() : List.copyOf(processors);
        transientFailures = transientFailures == null ? List.of() : List.copyOf(transientFailures);
    }

    /** Whether a failure (or, as {@link ParkingPolicy} asks, any of its causes) is one of the service's outages. */
    boolean isOutage(Throwable failure) {
        return transientFailures.stream().anyMatch(type -> type.isInstance(failure));
    }
}
