package io.dunning.deploy.bench;

/**
 * One phase of the open-loop timeline-query load. Latencies in ms from each request's SCHEDULED send time to its
 * response (so a stall of the server or of the generator counts against every request it delayed), over every
 * request that got an HTTP response (2xx or not); requests without a response (timeout, refused) are {@code errors}.
 *
 * @param phase        {@code after ingest} or {@code under half-rate ingest}
 * @param targetRate   requests per second scheduled
 * @param seconds      the phase's length as scheduled
 * @param cases        how many cases the requests were spread over (uniformly at random)
 * @param sent         requests sent
 * @param ok           2xx responses
 * @param non2xx       other HTTP responses
 * @param errors       requests without a response
 * @param achievedRate sends per second: the intervals between the first and the last send over the time between
 *                     them (without delays exactly the target rate)
 */
public record QueryResult(String phase, double targetRate, double seconds, int cases, long sent, long ok, long non2xx,
                          long errors, double achievedRate, double p50Ms, double p99Ms, double p999Ms, double maxMs) {

    static QueryResult of(String phase, double targetRate, double seconds, int cases, long sent, double sendSeconds,
                          long non2xx, long errors, long[] latenciesNanos) {
        Percentiles p = new Percentiles(latenciesNanos);
        return new QueryResult(phase, targetRate, seconds, cases, sent, p.count() - non2xx, non2xx, errors,
                sent > 1 && sendSeconds > 0 ? (sent - 1) / sendSeconds : Double.NaN, p.millis(0.50), p.millis(0.99),
                p.millis(0.999), p.maxMillis());
    }

    /** {@code p50 / p99 / p99.9 / max ms at achieved/target req/s; n sent, non-2xx, errors}. */
    String summary() {
        return BenchReport.num(p50Ms, 1) + " / " + BenchReport.num(p99Ms, 1) + " / " + BenchReport.num(p999Ms, 1)
                + " / " + BenchReport.num(maxMs, 1) + " ms at " + BenchReport.num(achievedRate, 0) + " of "
                + BenchReport.num(targetRate, 0) + " req/s over " + cases + " cases; " + sent + " sent, " + non2xx
                + " non-2xx, " + errors + " errors";
    }
}
