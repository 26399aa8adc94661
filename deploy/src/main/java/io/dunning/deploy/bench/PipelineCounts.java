package io.dunning.deploy.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the pipeline had counted at one point: the stages (stored events counted), the letters by state, and
 * case-service's and contact-service's metrics. A run's figures are those at its end less those at its start (after
 * the ingest warm-up; {@link #NOTHING} without one).
 */
record PipelineCounts(BenchStages.Stages stages, Map<String, Long> letters, List<Prometheus.Sample> caseMetrics,
                      List<Prometheus.Sample> contactMetrics) {

    static final PipelineCounts NOTHING = new PipelineCounts(new BenchStages.Stages(0, 0, 0, 0, 0, 0, 0, 0, 0),
            Map.of(), List.of(), List.of());

    Map<String, Long> lettersSince(PipelineCounts before) {
        Map<String, Long> since = new TreeMap<>(letters);
        before.letters().forEach((state, count) -> since.merge(state, -count, Long::sum));
        since.values().removeIf(count -> count == 0);
        return since;
    }

    long countSince(PipelineCounts before, boolean caseService, String histogram) {
        return Math.round(Prometheus.sum(metrics(caseService), histogram + "_count", l -> true)
                - Prometheus.sum(before.metrics(caseService), histogram + "_count", l -> true));
    }

    double quantileSince(PipelineCounts before, boolean caseService, String histogram, double q) {
        return Prometheus.quantileBetween(before.metrics(caseService), metrics(caseService), histogram, q) * 1000;
    }

    private List<Prometheus.Sample> metrics(boolean caseService) {
        return caseService ? caseMetrics : contactMetrics;
    }
}
