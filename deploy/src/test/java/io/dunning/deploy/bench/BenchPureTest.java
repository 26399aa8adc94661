package io.dunning.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class BenchPureTest {

    private static final String SCRAPE = """
            # HELP dunning_command_latency_seconds Time to handle a command
            # TYPE dunning_command_latency_seconds histogram
            dunning_command_latency_seconds_bucket{command="A",outcome="success",le="0.001"} 10
            dunning_command_latency_seconds_bucket{command="A",outcome="success",le="0.01"} 50
            dunning_command_latency_seconds_bucket{command="A",outcome="success",le="0.1"} 90
            dunning_command_latency_seconds_bucket{command="A",outcome="success",le="+Inf"} 100
            dunning_command_latency_seconds_bucket{command="B",outcome="success",le="0.001"} 0
            dunning_command_latency_seconds_bucket{command="B",outcome="success",le="0.01"} 50
            dunning_command_latency_seconds_bucket{command="B",outcome="success",le="0.1"} 90
            dunning_command_latency_seconds_bucket{command="B",outcome="success",le="+Inf"} 100
            dunning_command_latency_seconds_count{command="A",outcome="success"} 100
            jvm_memory_used_bytes{area="heap",id="Eden Space",note="a \\"quoted\\", value"} 1.048576E7
            jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 2.097152E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
            process_uptime_seconds 12.5
            """;

    @Test
    void parsesSamplesLabelsAndEscapes() {
        List<Prometheus.Sample> samples = Prometheus.parse(SCRAPE);
        assertThat(samples).hasSize(13);
        assertThat(samples.get(9).labels()).containsEntry("note", "a \"quoted\", value");
        assertThat(Prometheus.sum(samples, "jvm_memory_used_bytes", l -> "heap".equals(l.get("area"))))
                .isEqualTo(3.145728E7);
        assertThat(Prometheus.sum(samples, "process_uptime_seconds", l -> true)).isEqualTo(12.5);
    }

    @Test
    void quantilesSumTheSeriesAndInterpolateInsideTheBucket() {
        List<Prometheus.Sample> samples = Prometheus.parse(SCRAPE);
        // summed: le 0.001 -> 10, 0.01 -> 100, 0.1 -> 180, +Inf -> 200
        assertThat(Prometheus.quantile(samples, "dunning_command_latency_seconds", 0.5))
                .isCloseTo(0.001 + 0.009 * (100 - 10) / 90.0, within(1e-12));
        assertThat(Prometheus.quantile(samples, "dunning_command_latency_seconds", 0.7))
                .isCloseTo(0.01 + 0.09 * (140 - 100) / 80.0, within(1e-12));
        // in the +Inf bucket: the highest finite bound, as histogram_quantile answers
        assertThat(Prometheus.quantile(samples, "dunning_command_latency_seconds", 0.999)).isEqualTo(0.1);
        assertThat(Prometheus.quantile(samples, "no_such_histogram", 0.5)).isNaN();
    }

    @Test
    void firstBucketInterpolatesFromZero() {
        TreeMap<Double, Double> buckets = new TreeMap<>(Map.of(0.5, 4.0, 1.0, 4.0, Double.POSITIVE_INFINITY, 4.0));
        assertThat(Prometheus.quantile(buckets, 0.5)).isEqualTo(0.25);
    }

    @Test
    void reportRendersEveryFigureAndTheGoals() throws Exception {
        RunResult tuned = run("tuned", 400.0, List.of());
        RunResult baseline = run("baseline", 100.0, List.of("--dunning.case.processors.publisher-batch-size=1"));
        BenchReport report = BenchReport.of("2026-01-01T00:00", Map.of("cores", 2), tuned, baseline);

        assertThat(report.throughputRatio()).isEqualTo(4.0);
        assertThat(report.label()).contains("SMALL SMOKE RUN");
        String md = report.markdown();
        assertThat(md).contains("| **throughput** | **400 records/s** | **100 records/s** |")
                .contains("Throughput ratio tuned / baseline: **4.00x**")
                .contains("| ratio to Axon-defaults baseline | >= 5x | 4.00x | MISSED |")
                .contains("| end-to-end throughput | >= 2,500 records/s over 1,000,000 records | 400 records/s"
                        + " (at 10000 records, not 1,000,000) | MISSED |")
                .contains("publisher-batch-size=1")
                .contains("12.0 / 80.0 / 150.0 ms")
                .contains("| case events stored (count) / published (topic records) | 30000 / 30000 |")
                .contains("| event store's highest global index (> count: burnt indices) | #30046 |")
                .contains("| timeline queries after ingest p50 / p99 / p99.9 / max | off |");
        assertThat(report.json()).contains("\"throughputRatio\" : 4.0").contains("\"commandLatencyP99Ms\" : 80.0");
    }

    @Test
    void portfolioStopsAtTheRequestedRecordsAndKeysByLoan() {
        BenchPortfolio portfolio = new BenchPortfolio(1_000, 30);
        int count = 0;
        while (portfolio.hasNext()) {
            ProducerRecord<String, String> record = portfolio.next();
            assertThat(record.key()).startsWith("BENCH-");
            count++;
        }
        assertThat(count).isEqualTo(1_000);
    }

    @Test
    void aWarmUpPortfolioHasOtherLoansOfTheSameShape() {
        BenchPortfolio measured = new BenchPortfolio(600, 30);
        BenchPortfolio warmUp = new BenchPortfolio("WARM", 600, 30);
        while (measured.hasNext()) {
            ProducerRecord<String, String> a = measured.next();
            ProducerRecord<String, String> b = warmUp.next();
            assertThat(b.key()).startsWith("WARM-").isEqualTo(a.key().replace("BENCH-", "WARM-"));
            assertThat(b.value()).isEqualTo(a.value().replace("BENCH-0", "WARM-0"));
        }
        assertThat(warmUp.hasNext()).isFalse();
    }

    @Test
    void theMeasuredCountsAreThoseSinceTheWarmUp() {
        List<Prometheus.Sample> caseBefore = Prometheus.parse("""
                dunning_command_latency_seconds_bucket{le="0.01"} 90
                dunning_command_latency_seconds_bucket{le="0.1"} 100
                dunning_command_latency_seconds_bucket{le="+Inf"} 100
                dunning_command_latency_seconds_count 100
                """);
        List<Prometheus.Sample> caseAfter = Prometheus.parse("""
                dunning_command_latency_seconds_bucket{le="0.01"} 90
                dunning_command_latency_seconds_bucket{le="0.1"} 190
                dunning_command_latency_seconds_bucket{le="+Inf"} 200
                dunning_command_latency_seconds_count 200
                """);
        BenchStages.Stages stages = new BenchStages.Stages(0, 10, 10, 10, 10, 0, 0, 0, 3);
        PipelineCounts before = new PipelineCounts(stages, Map.of("DELIVERED", 3L), caseBefore, List.of());
        PipelineCounts after = new PipelineCounts(stages, Map.of("DELIVERED", 5L, "RETURNED", 1L), caseAfter,
                List.of());

        assertThat(after.lettersSince(before)).containsExactly(Map.entry("DELIVERED", 2L), Map.entry("RETURNED", 1L));
        assertThat(after.countSince(before, true, "dunning_command_latency_seconds")).isEqualTo(100);
        // the 100 commands since: 90 between 10 and 100 ms, 10 above (p50 = 10 + 50/90 of 90 ms); with the
        // warm-up's 90 fast ones counted too the median would be 19 ms
        assertThat(after.quantileSince(before, true, "dunning_command_latency_seconds", 0.5))
                .isCloseTo(60.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(after.quantileSince(PipelineCounts.NOTHING, true, "dunning_command_latency_seconds", 0.5))
                .isCloseTo(19.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(after.countSince(PipelineCounts.NOTHING, true, "dunning_command_latency_seconds")).isEqualTo(200);
    }

    @Test
    void theReportShowsTheIngestWarmUp() {
        RunResult warmed = new RunResult("tuned", true, 10_000, 500, List.of(), 2.0, 100, 100, 30_000, 60_046,
                30_000, Map.of(), 10_000, 12, 80, 150, 30_000, 200, 900, Map.of(), null, null,
                new IngestWarmUp(5_000, 250, 80, true), null);
        String md = BenchReport.of("2026-12-08T01:00", Map.of(), warmed, null).markdown();
        assertThat(md).contains("| ingest warm-up (not measured) | 5,000 records of 250 other loans, caught up in"
                + " 80.0 s (63 records/s) |")
                .contains("100 records/s (at 10000 records, not 1,000,000) after an unmeasured warm-up of 5000 records"
                        + " | MISSED |");
        String cold = BenchReport.of("2026-12-08T01:00", Map.of(), run("tuned", 100, List.of()), null)
                .markdown();
        assertThat(cold).contains("| ingest warm-up (not measured) | none |");
    }

    private static RunResult run(String mode, double perSecond, List<String> args) {
        return new RunResult(mode, true, 10_000, 500, args, 2.0, 10_000 / perSecond, perSecond, 30_000, 30_046,
                30_000, Map.of("DELIVERED", 42L), 10_000, 12, 80, 150, 30_000, 200, 900, Map.of("case-service", 300.0),
                null, null, null, null);
    }
}
