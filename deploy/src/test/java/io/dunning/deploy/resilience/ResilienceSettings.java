package io.dunning.deploy.resilience;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The size of a resilience run, from system properties (e.g. {@code -Ddunning.resilience.records=20000}). Issue 8's
 * target is 20,000 records and at least 10 kills; the defaults fit today's throughput (about 10 records/s end to end)
 * on a shared 2-core machine.
 *
 * @param records     core-banking records fed ({@code dunning.resilience.records}, default 2,000; target 20,000)
 * @param loans       loans in the portfolio ({@code dunning.resilience.loans}, default records / 20: ~20 days)
 * @param kills       SIGKILLs of service instances ({@code dunning.resilience.kills}, default 10, at least 2 per
 *                    service)
 * @param seed        the chaos schedule's and the redelivery's seed ({@code dunning.resilience.seed})
 * @param maxPause    the longest random pause before a fault ({@code dunning.resilience.max-pause-seconds}, 8)
 * @param settle      how long the system may take to finish its work after the feed
 *                    ({@code dunning.resilience.settle-minutes}, 25)
 * <p>
 * An instance may take {@code dunning.resilience.startup-minutes} (10) to report UP (read by the harness's Fleet).
 */
record ResilienceSettings(int records, int loans, int kills, long seed, Duration maxPause, Duration settle) {

    static ResilienceSettings fromSystemProperties(int defaultRecords) {
        int records = Integer.getInteger("dunning.resilience.records", defaultRecords);
        return new ResilienceSettings(records,
                Integer.getInteger("dunning.resilience.loans", Math.max(10, records / 20)),
                Integer.getInteger("dunning.resilience.kills", 10),
                Long.getLong("dunning.resilience.seed", 20261124L),
                Duration.ofSeconds(Long.getLong("dunning.resilience.max-pause-seconds", 8)),
                Duration.ofMinutes(Long.getLong("dunning.resilience.settle-minutes", 25)));
    }

    static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("case-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run from inside the project (no case-service/ above the working dir)");
        }
        return dir;
    }
}
