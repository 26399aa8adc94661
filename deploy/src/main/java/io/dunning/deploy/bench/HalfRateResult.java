package io.dunning.deploy.bench;

/**
 * The half-rate phase: a second batch of records produced at half the full-rate end-to-end throughput while the
 * query load runs. The lag figures are contact-service's {@code dunning_contact_projection_lag_seconds} observed
 * between a scrape just before the phase and one after everything it produced was caught up (so none of the
 * full-rate ingest's observations count), computed like PromQL's {@code histogram_quantile}.
 *
 * @param fullRate       the full-rate run's end-to-end records/s
 * @param rate           the producer's pace here: fullRate / 2
 * @param records        records produced in this phase
 * @param produceSeconds from the first send to the producer's flush
 * @param caughtUp       every stage caught up again before the time limit
 * @param catchUpSeconds from the first send until every stage had caught up (or the time limit)
 * @param projections    timeline projections observed in the phase
 * @param query          the query load that ran meanwhile
 */
public record HalfRateResult(double fullRate, double rate, long records, double produceSeconds, boolean caughtUp,
                             double catchUpSeconds, long projections, double lagP50Ms, double lagP99Ms,
                             QueryResult query) {
}
