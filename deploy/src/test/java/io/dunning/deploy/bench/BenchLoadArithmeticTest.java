package io.dunning.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's arithmetic: pacing, percentiles, histogram deltas, the end-to-end condition, the options. */
class BenchLoadArithmeticTest {

    @Test
    void pacingSchedulesFromTheIndexWithoutDrift() {
        Pacing pacing = new Pacing(500);
        assertThat(pacing.dueNanos(0)).isZero();
        assertThat(pacing.dueNanos(1)).isEqualTo(2_000_000);
        assertThat(pacing.dueNanos(30_000)).isEqualTo(60_000_000_000L);
        assertThat(pacing.eventsIn(60)).isEqualTo(30_000);
        // a fractional rate: 13.5/s, event 27 is due at exactly 2 s; a phase of 60 s holds 810
        Pacing half = new Pacing(13.5);
        assertThat(half.dueNanos(27)).isEqualTo(2_000_000_000L);
        assertThat(half.dueNanos(1)).isEqualTo(74_074_074);
        assertThat(half.eventsIn(60)).isEqualTo(810);
        assertThat(new Pacing(0.01).eventsIn(1)).isEqualTo(1);
        assertThatThrownBy(() -> new Pacing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Pacing(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentilesAreNearestRankOnTheSortedValues() {
        long[] values = new long[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = (1000 - i) * 1_000_000L; // 1..1000 ms, in reverse
        }
        Percentiles p = new Percentiles(values);
        assertThat(p.millis(0.50)).isEqualTo(500.0);
        assertThat(p.millis(0.99)).isEqualTo(990.0);
        assertThat(p.millis(0.999)).isEqualTo(999.0);
        assertThat(p.maxMillis()).isEqualTo(1000.0);
        assertThat(new Percentiles(new long[] {7_000_000}).millis(0.001)).isEqualTo(7.0);
        assertThat(new Percentiles(new long[0]).millis(0.5)).isNaN();
        assertThat(values[0]).as("the caller's array is left as it was").isEqualTo(1_000_000_000L);
    }

    @Test
    void queryResultCountsAnswersAndTheAchievedRate() {
        long[] latencies = {1_000_000, 2_000_000, 3_000_000, 40_000_000};
        // 5 sent, 4 answered (one of them 503), 1 without an answer; the 5 sends spanned 4 intervals in 0.01 s
        QueryResult result = QueryResult.of("after ingest", 500, 60, 30, 5, 0.01, 1, 1, latencies);
        assertThat(result.ok()).isEqualTo(3);
        assertThat(result.non2xx()).isEqualTo(1);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.achievedRate()).isCloseTo(400.0, within(1e-9));
        assertThat(result.p50Ms()).isEqualTo(2.0);
        assertThat(result.p99Ms()).isEqualTo(40.0);
        assertThat(result.summary()).isEqualTo("2.0 / 40.0 / 40.0 / 40.0 ms at 400 of 500 req/s over 30 cases;"
                + " 5 sent, 1 non-2xx, 1 errors");
    }

    @Test
    void quantileBetweenTwoScrapesCountsOnlyTheNewObservations() {
        String before = """
                lag_seconds_bucket{topic="a",le="0.1"} 100
                lag_seconds_bucket{topic="a",le="1.0"} 100
                lag_seconds_bucket{topic="a",le="30.0"} 200
                lag_seconds_bucket{topic="a",le="+Inf"} 200
                """;
        String after = """
                lag_seconds_bucket{topic="a",le="0.1"} 190
                lag_seconds_bucket{topic="a",le="1.0"} 200
                lag_seconds_bucket{topic="a",le="30.0"} 300
                lag_seconds_bucket{topic="a",le="+Inf"} 300
                lag_seconds_bucket{topic="b",le="0.1"} 0
                lag_seconds_bucket{topic="b",le="1.0"} 0
                lag_seconds_bucket{topic="b",le="30.0"} 0
                lag_seconds_bucket{topic="b",le="+Inf"} 0
                """;
        List<Prometheus.Sample> b = Prometheus.parse(before);
        List<Prometheus.Sample> a = Prometheus.parse(after);
        // cumulative, the slow observations of before dominate: p99 in the 1..30 s bucket
        assertThat(Prometheus.quantile(a, "lag_seconds", 0.99)).isGreaterThan(1.0);
        // between the scrapes: 90 under 0.1 s, 10 in 0.1..1 s, none slower
        assertThat(Prometheus.quantileBetween(b, a, "lag_seconds", 0.5)).isCloseTo(0.1 * 50 / 90, within(1e-12));
        assertThat(Prometheus.quantileBetween(b, a, "lag_seconds", 0.99)).isCloseTo(0.1 + 0.9 * 9 / 10,
                within(1e-12));
        assertThat(Prometheus.quantileBetween(a, a, "lag_seconds", 0.99)).isNaN();
        assertThat(Prometheus.quantileBetween(List.of(), a, "lag_seconds", 0.5))
                .isEqualTo(Prometheus.quantile(a, "lag_seconds", 0.5));
    }

    @Test
    void endToEndComparesTheCountOfStoredEventsWithThePublishedRecordsAndTheTokenWithTheHead() {
        // the earlier run's figures: head #1672 with burnt indices, 1626 events stored and published
        BenchStages.Stages burnt = stages(1672, 1626, 1672, 1626);
        assertThat(burnt.caughtUp()).isTrue();
        assertThat(stages(1672, 1626, 1672, 1625).caughtUp()).as("one stored event not published").isFalse();
        assertThat(stages(1672, 1626, 1626, 1626).caughtUp()).as("publisher token short of the head").isFalse();
        assertThat(stages(1672, -1, 1672, 1626).caughtUp()).as("not counted yet").isFalse();
        assertThat(stages(1672, 1626, 1672, 1630).caughtUp()).as("redelivered duplicates").isTrue();
        assertThat(burnt.toString()).contains("events stored 1,626 (head #1,672), publisher at #1,672, on topic 1,626");
        assertThat(stages(1672, -1, 1672, 1626).toString()).contains("events stored ? (head #1,672)");
    }

    @Test
    void optionsHaveTheIssuesDefaultsAndRefuseNonsense() {
        BenchOptions defaults = BenchOptions.parse(List.of("--records", "2000"));
        assertThat(defaults.loans()).isEqualTo(100);
        assertThat(defaults.queryRate()).isEqualTo(500);
        assertThat(defaults.querySeconds()).isEqualTo(60);
        assertThat(defaults.queryWarmUpSeconds()).isZero();
        assertThat(defaults.rate()).isZero();
        assertThat(defaults.halfRate()).isFalse();
        BenchOptions all = BenchOptions.parse(List.of("--records", "10", "--loans", "3", "--rate", "12.5",
                "--query-rate", "100", "--query-seconds", "20", "--half-rate", "--baseline", "--time-limit", "900"));
        assertThat(all).extracting(BenchOptions::loans, BenchOptions::rate, BenchOptions::queryRate,
                BenchOptions::querySeconds, BenchOptions::halfRate, BenchOptions::baseline)
                .containsExactly(3, 12.5, 100.0, 20, true, true);
        assertThat(all.timeLimit().toSeconds()).isEqualTo(900);
        BenchOptions warmed = BenchOptions.parse(List.of("--records", "10", "--query-warm-up-seconds", "45"));
        assertThat(warmed.queryWarmUpSeconds()).isEqualTo(45);
        assertThat(warmed.describe()).contains("query load 500.0 req/s for 60 s after 45 s unmeasured warm-up");
        BenchOptions ingestWarmed = BenchOptions.parse(List.of("--records", "10000", "--loans", "500",
                "--warm-up-records", "3000"));
        assertThat(ingestWarmed.warmUpRecords()).isEqualTo(3000);
        assertThat(ingestWarmed.warmUpLoans()).isEqualTo(150);
        assertThat(ingestWarmed.describe()).startsWith("records 10000, loans 500, ingest warm-up 3000 records of 150"
                + " other loans (not measured), producer unpaced");
        assertThat(defaults.warmUpRecords()).isZero();
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--warm-up-records", "-5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--query-warm-up-seconds", "-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(all.describe()).isEqualTo("records 10, loans 3, producer 12.5 records/s, query load 100.0 req/s"
                + " for 20 s, half-rate phase");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--half-rate", "--query-seconds", "0")))
                .hasMessageContaining("--query-seconds > 0");
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--rate", "-1"))).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchOptions.parse(List.of("--fast"))).hasMessageContaining("--fast");
    }

    private static BenchStages.Stages stages(long head, long stored, long publisherAt, long published) {
        return new BenchStages.Stages(0, head, stored, publisherAt, published, 0, 0, 0, 10);
    }
}
