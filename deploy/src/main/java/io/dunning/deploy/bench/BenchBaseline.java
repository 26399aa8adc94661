package io.dunning.deploy.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline run: the same code with Axon's, Kafka's and the JDBC driver's defaults instead of our tuning, so the
 * ratio tuned/baseline is what the tuning buys. Per service, the arguments that turn each tuning off:
 * <ul>
 *   <li>Axon tracking processors: batch size 1 (Axon's default) for the publishers and the case_view projection, one
 *   segment (one thread) each (Axon's default);</li>
 *   <li>Axon aggregate repository: no cache (every command re-reads the case's events);</li>
 *   <li>Kafka listener containers: one consumer thread (Spring's default) instead of one per partition; the
 *   core-banking and notice-events listeners (case-service), the case-events listener (notice-service) and the
 *   projections listener (contact-service) one record per poll, so one transaction per record;</li>
 *   <li>PostgreSQL JDBC: one INSERT statement per batched row ({@code reWriteBatchedInserts=false}, the default);</li>
 *   <li>Axon's Micrometer monitors on every component, as its Spring Boot support registers them, instead of the
 *   processors' lag and counts only (io.dunning.processing.ProcessorMetricsAutoConfiguration).</li>
 * </ul>
 * Code-level fixes (the letter font parsed once, say) are in both runs: they are not a configuration.
 */
final class BenchBaseline {

    private static final List<String> EVERY_SERVICE = List.of("--spring.kafka.listener.concurrency=1",
            "--spring.datasource.hikari.data-source-properties.reWriteBatchedInserts=false");
    private static final Map<String, List<String>> PER_SERVICE = Map.of(
            "case-service", List.of("--dunning.case.processors.publisher-batch-size=1",
                    "--dunning.case.processors.segments=1",
                    "--dunning.case.processors.case-view-batch-size=1",
                    "--dunning.case.aggregate-cache.max-entries=0",
                    "--dunning.case.kafka.inbound-batch.max-records=1",
                    "--dunning.case.kafka.notice-batch.max-records=1",
                    "--dunning.axon-metrics.processors-only=false"),
            "notice-service", List.of("--dunning.notice.processors.publisher-batch-size=1",
                    "--dunning.notice.processors.segments=1", "--dunning.notice.processors.effect-segments=1",
                    "--dunning.notice.kafka.case-events-batch.max-records=1",
                    "--dunning.axon-metrics.processors-only=false"),
            "contact-service", List.of("--dunning.contact.kafka.batch.max-records=1"));

    private BenchBaseline() {
    }

    /** The arguments that make {@code service} run on the defaults; none for a service outside the pipeline. */
    static List<String> argsFor(String service) {
        if (!PER_SERVICE.containsKey(service)) {
            return List.of();
        }
        List<String> args = new ArrayList<>(EVERY_SERVICE);
        args.addAll(PER_SERVICE.get(service));
        return args;
    }

    /** Every service's baseline arguments, for the report: {@code "case-service: --a --b"}. */
    static List<String> describe() {
        return PER_SERVICE.keySet().stream().sorted()
                .map(service -> service + ": " + String.join(" ", argsFor(service))).toList();
    }
}
