package io.dunning.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's verdicts on the query, lag and scale goals of issue 7, and {@code bench compare}. */
class BenchGoalsTest {

    private static final QueryResult FAST = query(500, 498, 4.0, 12.0, 0);
    private static final QueryResult SLOW = query(500, 499, 9.0, 35.0, 0);

    @Test
    void queryGoalWantsTheHalfRatePhaseAtFullQueryRateWithoutErrors() {
        assertThat(BenchReport.queryGoal(run(null, null), false).verdict()).isEqualTo("not measured");
        assertThat(BenchReport.queryGoal(run(FAST, null), false).verdict()).isEqualTo("met without ingest only");
        assertThat(BenchReport.queryGoal(run(FAST, null), false).measured()).contains("with NO ingest running");
        BenchReport.Goal underIngest = BenchReport.queryGoal(run(SLOW, half(FAST, 300, true)), false);
        assertThat(underIngest.verdict()).isEqualTo("met at small scale only");
        assertThat(underIngest.measured()).isEqualTo("p99 12.0 ms (p50 4.0) at 498 of 500 req/s over 100 cases,"
                + " under half-rate ingest (13.5 records/s)");
        assertThat(BenchReport.queryGoal(run(FAST, half(SLOW, 300, true)), false).verdict()).isEqualTo("MISSED");
        assertThat(BenchReport.queryGoal(run(null, half(query(500, 498, 4.0, 12.0, 3), 300, true)), false))
                .extracting(BenchReport.Goal::verdict, BenchReport.Goal::measured)
                .satisfies(v -> assertThat(v.get(0)).isEqualTo("MISSED"),
                        v -> assertThat((String) v.get(1)).endsWith("; 0 non-2xx, 3 errors"));
        assertThat(BenchReport.queryGoal(run(null, half(query(500, 300, 4.0, 12.0, 0), 300, true)), false)
                .verdict()).isEqualTo("not comparable (below 500 req/s)");
        assertThat(BenchReport.queryGoal(run(null, half(query(100, 100, 4.0, 12.0, 0), 300, true)), false)
                .verdict()).isEqualTo("not comparable (below 500 req/s)");
    }

    @Test
    void lagGoalUsesTheHalfRatePhaseAndFallsBackToTheFullRateFigureForWhatItIs() {
        assertThat(BenchReport.lagGoal(run(null, null), "", false).verdict())
                .isEqualTo("MISSED at full rate (half rate not run: --half-rate)");
        BenchReport.Goal met = BenchReport.lagGoal(run(null, half(FAST, 420, true)), " (small)", false);
        assertThat(met.measured()).isEqualTo("p99 420 ms (p50 90) at 13.5 records/s (small)");
        assertThat(met.verdict()).isEqualTo("met at small scale only");
        assertThat(BenchReport.lagGoal(run(null, half(FAST, 420, true)), "", true).verdict()).isEqualTo("met");
        assertThat(BenchReport.lagGoal(run(null, half(FAST, 1500, true)), "", true).verdict()).isEqualTo("MISSED");
        assertThat(BenchReport.lagGoal(run(null, half(FAST, 420, false)), "", true).verdict())
                .isEqualTo("MISSED (did not catch up)");
    }

    @Test
    void reportShowsTheQueryAndHalfRateFigures() {
        String md = BenchReport.of("2026-01-01T00:00", Map.of("cores", 2), run(FAST, half(SLOW, 420, true)), null)
                .markdown();
        assertThat(md).contains("| timeline queries after ingest p50 / p99 / p99.9 / max | 4.0 / 12.0 / 12.0 / 12.0"
                        + " ms at 498 of 500 req/s over 100 cases; 30000 sent, 0 non-2xx, 0 errors |")
                .contains("| half-rate phase | 810 records at 13.5 records/s (half of 27.0), caught up after 75.0 s |")
                .contains("| half rate: event-to-timeline lag p50 / p99 | 90 / 420 ms over 2400 projections |")
                .contains("| half rate: timeline queries p50 / p99 / p99.9 / max | 9.0 / 35.0 /");
    }

    @Test
    void compareTakesTheSmallerPortfolioAsReferenceInEitherOrder(@TempDir Path dir) throws Exception {
        ScaleComparison.Side small = new ScaleComparison.Side("a.json", 20_000, 10_000, true, 2600, 3.0);
        ScaleComparison.Side large = new ScaleComparison.Side("b.json", 2_000_000, 1_000_000, true, 2400, 4.0);
        ScaleComparison c = ScaleComparison.of(large, small);
        assertThat(c.small()).isEqualTo(small);
        assertThat(c.drop()).isCloseTo(200.0 / 2600, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(c.verdict()).isEqualTo("met");
        assertThat(c.markdown()).contains("below the smaller's: 7.7% (goal: at most 10% below). Verdict: **met**");
        ScaleComparison.Side slow = new ScaleComparison.Side("c.json", 2_000_000, 1_000_000, true, 2300, 4.0);
        assertThat(ScaleComparison.of(small, slow).verdict()).isEqualTo("MISSED");
        ScaleComparison.Side mid = new ScaleComparison.Side("d.json", 10_000, 5_000, true, 2700, 4.0);
        assertThat(ScaleComparison.of(small, mid).verdict()).isEqualTo("met at 5000 vs 10000 loans only (goal:"
                + " 10,000 vs 1,000,000)");
        assertThat(ScaleComparison.of(small, new ScaleComparison.Side("e", 1, 1_000_000, false, 9000, 1))
                .verdict()).isEqualTo("not comparable (a run did not complete)");
        assertThat(ScaleComparison.of(small, new ScaleComparison.Side("f", 1_000_000, 1_000_000, true, 2600, 1))
                .verdict()).isEqualTo("not comparable (records per loan 2.0 vs 1.0: a different mix of openings and"
                        + " updates)");

        Path file = dir.resolve("r.json");
        BenchReport.of("t", Map.of("loadAverageAtStart", 2.5), run(null, null), null).write(dir, "r");
        assertThat(Files.exists(file)).isTrue();
        assertThat(ScaleComparison.Side.read(file)).isEqualTo(new ScaleComparison.Side("r.json", 2000, 100, true,
                27.0, 2.5));
    }

    private static QueryResult query(double target, double achieved, double p50, double p99, long errors) {
        return new QueryResult("q", target, 60, 100, 30_000, 30_000 - errors, 0, errors, achieved, p50, p99, p99,
                p99);
    }

    private static HalfRateResult half(QueryResult query, double lagP99, boolean caughtUp) {
        return new HalfRateResult(27, 13.5, 810, 60, caughtUp, 75, 2400, 90, lagP99, query);
    }

    private static RunResult run(QueryResult after, HalfRateResult half) {
        return new RunResult("tuned", true, 2000, 100, List.of(), 20, 2000 / 27.0, 27.0, 3000, 3010, 3000,
                Map.of(), 2000, 10, 50, 90, 3500, 100, 30_000, Map.of("case-service", 200.0), after, half, null,
                null);
    }
}
