package io.dunning.deploy.resilience.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Bounded waiting for the system to finish its work: every consumer group at the end of its partitions and the
 * fingerprint unchanged over {@code quiet}. Fails, with the last fingerprint, when {@code timeout} passes.
 */
public final class Settle {

    private Settle() {
    }

    public static Map<String, String> until(Fleet fleet, Duration timeout, Duration quiet,
                                            Callable<Map<String, String>> fingerprint) throws Exception {
        KafkaTopics kafka = new KafkaTopics(fleet.bootstrapServers());
        Instant deadline = Instant.now().plus(timeout);
        Map<String, String> previous = Map.of();
        Instant unchangedSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            fleet.assertAllAlive();
            Map<String, String> current = fingerprint.call();
            if (!current.equals(previous)) {
                previous = current;
                unchangedSince = Instant.now();
            } else if (Duration.between(unchangedSince, Instant.now()).compareTo(quiet) >= 0
                    && kafka.allGroupsCaughtUp()) {
                return current;
            }
            Thread.sleep(2_000);
        }
        throw new AssertionError("not settled within " + timeout.toSeconds() + " s; last fingerprint " + previous);
    }
}
