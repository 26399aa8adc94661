package io.dunning.deploy.e2e;

import io.dunning.deploy.resilience.harness.Redelivery;
import java.util.Collection;

/**
 * Test-side access to the broker: redeliver whole topics, and tell whether every consumer group caught up (both done
 * by the resilience harness, {@link io.dunning.deploy.resilience.harness.KafkaTopics}).
 */
final class KafkaTopics {

    private final String bootstrapServers;

    KafkaTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Reads every record of {@code topics} from offset 0 up to the current end and produces an identical copy of
     * each (same partition, key, headers and value bytes). Returns how many were copied.
     */
    int redeliver(Collection<String> topics) {
        return new Redelivery(bootstrapServers).replay(topics, 0, 0, 0).records();
    }

    /** True when every consumer group has committed the end offset of every partition it consumes. */
    boolean allGroupsCaughtUp() throws Exception {
        return new io.dunning.deploy.resilience.harness.KafkaTopics(bootstrapServers).allGroupsCaughtUp();
    }
}
