package io.dunning.deploy.bench;

import java.util.List;
import java.util.Map;

/**
 * The figures of one measured run (tuned or baseline). Latencies in milliseconds, computed from the services'
 * Prometheus histograms at the end of the run; NaN where nothing was observed.
 *
 * @param mode                  {@code tuned} or {@code baseline}
 * @param completed             every stage caught up before the time limit
 * @param produceSeconds        from the first send to the producer's flush
 * @param endToEndSeconds       from the first send until every stage had caught up (or the time limit)
 * @param recordsPerSecond      records / endToEndSeconds
 * @param caseEventsStored      events in case-service's event store at the end (a count)
 * @param caseEventsMaxIndex    the event store's highest global index: above the count by the index values burnt
 *                              by rolled-back transactions (so no measure of events)
 * @param caseEventsPublished   records on dunning.case-events.v1 at the end
 * @param letters               notice-service's letter archive by state at the end
 * @param peakHeapMb            max over the scrapes of jvm_memory_used_bytes{area="heap"} (summed over pools),
 *                              through the whole run including the query and half-rate phases
 * @param queryAfterIngest      the timeline-query load after the ingest caught up; null when off
 * @param halfRate              the half-rate phase; null when off
 * @param warmUp                the unmeasured ingest before this one; null when off. With it every count and
 *                              histogram above is this run's alone (less what the warm-up left), the head index not
 */
public record RunResult(
        String mode,
        boolean completed,
        long records,
        int loans,
        List<String> caseServiceArgs,
        double produceSeconds,
        double endToEndSeconds,
        double recordsPerSecond,
        long caseEventsStored,
        long caseEventsMaxIndex,
        long caseEventsPublished,
        Map<String, Long> letters,
        long commands,
        double commandLatencyP50Ms,
        double commandLatencyP99Ms,
        double commandLatencyP999Ms,
        long timelineProjections,
        double timelineLagP50Ms,
        double timelineLagP99Ms,
        Map<String, Double> peakHeapMb,
        QueryResult queryAfterIngest,
        HalfRateResult halfRate,
        IngestWarmUp warmUp,
        String note) {
}
