package io.dunning.deploy.bench;

/**
 * The unmeasured ingest before the measured one ({@code --warm-up-records}): another portfolio of the same shape
 * ({@link BenchPortfolio} with the prefix {@code WARM}), fed as fast as the producer goes until it is caught up end
 * to end. The measured run's counts and histograms are taken less what the pipeline had counted by then.
 *
 * @param records  records fed
 * @param loans    loans of the warm-up portfolio (cases opened before the measured ingest)
 * @param seconds  from the first send until caught up end to end, or until the time limit
 * @param caughtUp false when the time limit came first (the measured ingest then starts on a backlog)
 */
public record IngestWarmUp(long records, int loans, double seconds, boolean caughtUp) {

    String summary() {
        return String.format(java.util.Locale.ROOT, "%,d records of %,d other loans, %s in %.1f s (%.0f records/s)",
                records, loans, caughtUp ? "caught up" : "NOT caught up", seconds, records / seconds);
    }
}
