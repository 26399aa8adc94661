package io.dunning.deploy.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's report: machine, settings, the tuned run, the optional baseline run, their ratio and the goals of
 * issue 7 beside the numbers. Written as JSON and Markdown.
 */
public record BenchReport(
        String startedAt,
        String label,
        Map<String, Object> machine,
        RunResult tuned,
        RunResult baseline,
        Double throughputRatio,
        List<Goal> goals) {

    /** One goal of issue 7, what this run measured for it and whether it is met. */
    public record Goal(String goal, String target, String measured, String verdict) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static BenchReport of(String startedAt, Map<String, Object> machine, RunResult tuned, RunResult baseline) {
        Double ratio = baseline == null || baseline.recordsPerSecond() <= 0 ? null
                : tuned.recordsPerSecond() / baseline.recordsPerSecond();
        String label = tuned.records() >= 1_000_000 ? "goal run" : "SMALL SMOKE RUN (" + tuned.records()
                + " records), not the 1,000,000-record goal run";
        return new BenchReport(startedAt, label, machine, tuned, baseline, ratio, goals(tuned, ratio));
    }

    static List<Goal> goals(RunResult tuned, Double ratio) {
        boolean full = tuned.records() >= 1_000_000;
        String scale = full ? "" : " (at " + tuned.records() + " records, not 1,000,000)";
        List<Goal> goals = new ArrayList<>();
        goals.add(new Goal("end-to-end throughput", ">= 2,500 records/s over 1,000,000 records",
                num(tuned.recordsPerSecond(), 0) + " records/s" + scale + (tuned.warmUp() == null ? ""
                        : " after an unmeasured warm-up of " + tuned.warmUp().records() + " records"),
                !tuned.completed() ? "MISSED (did not complete)"
                        : tuned.recordsPerSecond() >= 2500 ? (full ? "met" : "met at small scale only") : "MISSED"));
        goals.add(new Goal("ratio to Axon-defaults baseline", ">= 5x",
                ratio == null ? "no baseline in this run" : num(ratio, 2) + "x",
                ratio == null ? "not measured" : ratio >= 5 ? "met" : "MISSED"));
        goals.add(queryGoal(tuned, full));
        goals.add(lagGoal(tuned, scale, full));
        goals.add(new Goal("throughput at 1,000,000 cases within 10% of at 10,000", "<= 10% drop",
                "compare a 10,000-loan and a 1,000,000-loan report: `bench compare SMALL.json LARGE.json`",
                "not measured in one run"));
        double maxHeap = tuned.peakHeapMb().values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        goals.add(new Goal("heap per service", "<= 512 MB", "peak " + num(maxHeap, 0) + " MB (max over services,"
                + " -Xmx512m)" + scale, Double.isNaN(maxHeap) ? "not measured" : maxHeap <= 512 ? (full ? "met"
                : "met at small scale only") : "MISSED"));
        return goals;
    }

    /** Timeline query p99 <= 20 ms at 500 req/s with 1,000,000 cases while ingest runs at half rate. */
    static Goal queryGoal(RunResult tuned, boolean full) {
        String goal = "timeline query p99 at 500 req/s with 1,000,000 cases, ingest at half rate";
        HalfRateResult half = tuned.halfRate();
        QueryResult q = half != null ? half.query() : tuned.queryAfterIngest();
        if (q == null) {
            return new Goal(goal, "<= 20 ms", "no query load in this run", "not measured");
        }
        String where = half != null ? "under half-rate ingest (" + num(half.rate(), 1) + " records/s)"
                : "with NO ingest running (no --half-rate)";
        String measured = "p99 " + num(q.p99Ms(), 1) + " ms (p50 " + num(q.p50Ms(), 1) + ") at " + num(
                q.achievedRate(), 0) + " of " + num(q.targetRate(), 0) + " req/s over " + q.cases() + " cases, "
                + where + (q.errors() + q.non2xx() > 0 ? "; " + q.non2xx() + " non-2xx, " + q.errors() + " errors"
                : "");
        String verdict;
        if (Double.isNaN(q.p99Ms())) {
            verdict = "not measured (no answers)";
        } else if (q.p99Ms() > 20 || q.errors() + q.non2xx() > 0) {
            verdict = "MISSED";
        } else if (q.targetRate() < 500 || q.achievedRate() < 0.95 * q.targetRate()) {
            verdict = "not comparable (below 500 req/s)";
        } else if (half == null) {
            verdict = "met without ingest only";
        } else {
            verdict = q.cases() >= 1_000_000 && full ? "met" : "met at small scale only";
        }
        return new Goal(goal, "<= 20 ms", measured, verdict);
    }

    /** Event-to-timeline lag p99 <= 1 s at half rate; without the phase, the full-rate figure for what it says. */
    static Goal lagGoal(RunResult tuned, String scale, boolean full) {
        String goal = "event-to-timeline lag p99 at half rate";
        HalfRateResult half = tuned.halfRate();
        if (half == null) {
            return new Goal(goal, "<= 1 s", num(tuned.timelineLagP99Ms(), 0) + " ms at FULL rate" + scale,
                    Double.isNaN(tuned.timelineLagP99Ms()) ? "not measured"
                            : tuned.timelineLagP99Ms() <= 1000 ? "met (at full rate)"
                            : "MISSED at full rate (half rate not run: --half-rate)");
        }
        String measured = "p99 " + num(half.lagP99Ms(), 0) + " ms (p50 " + num(half.lagP50Ms(), 0) + ") at "
                + num(half.rate(), 1) + " records/s" + scale;
        String verdict = Double.isNaN(half.lagP99Ms()) ? "not measured (no projections)"
                : !half.caughtUp() ? "MISSED (did not catch up)"
                : half.lagP99Ms() > 1000 ? "MISSED" : full ? "met" : "met at small scale only";
        return new Goal(goal, "<= 1 s", measured, verdict);
    }

    public String json() throws IOException {
        return JSON.writeValueAsString(this);
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Dunning benchmark: ").append(label).append("\n\n");
        md.append("Started ").append(startedAt).append(". Machine: ");
        machine.forEach((k, v) -> md.append(k).append(" = ").append(v).append("; "));
        md.append("\n\n## Results\n\n| figure | tuned |").append(baseline == null ? "" : " baseline (Axon defaults) |")
                .append("\n|---|---|").append(baseline == null ? "" : "---|").append('\n');
        row(md, "completed", r -> String.valueOf(r.completed()));
        row(md, "ingest warm-up (not measured)", r -> r.warmUp() == null ? "none" : r.warmUp().summary());
        row(md, "records (loans)", r -> r.records() + " (" + r.loans() + ")");
        row(md, "produce time", r -> num(r.produceSeconds(), 1) + " s");
        row(md, "end-to-end time", r -> num(r.endToEndSeconds(), 1) + " s");
        row(md, "**throughput**", r -> "**" + num(r.recordsPerSecond(), 0) + " records/s**");
        row(md, "case events stored (count) / published (topic records)", r -> r.caseEventsStored() + " / "
                + r.caseEventsPublished());
        row(md, "event store's highest global index (> count: burnt indices)", r -> "#" + r.caseEventsMaxIndex());
        row(md, "letters by state", r -> r.letters().toString());
        row(md, "commands", r -> String.valueOf(r.commands()));
        row(md, "command latency p50 / p99 / p99.9", r -> num(r.commandLatencyP50Ms(), 1) + " / "
                + num(r.commandLatencyP99Ms(), 1) + " / " + num(r.commandLatencyP999Ms(), 1) + " ms");
        row(md, "timeline projections", r -> String.valueOf(r.timelineProjections()));
        row(md, "event-to-timeline lag p50 / p99 (full rate)", r -> num(r.timelineLagP50Ms(), 0) + " / "
                + num(r.timelineLagP99Ms(), 0) + " ms");
        row(md, "timeline queries after ingest p50 / p99 / p99.9 / max", r -> r.queryAfterIngest() == null ? "off"
                : r.queryAfterIngest().summary());
        row(md, "half-rate phase", r -> r.halfRate() == null ? "off" : r.halfRate().records() + " records at "
                + num(r.halfRate().rate(), 1) + " records/s (half of " + num(r.halfRate().fullRate(), 1) + "), "
                + (r.halfRate().caughtUp() ? "caught up" : "NOT caught up") + " after "
                + num(r.halfRate().catchUpSeconds(), 1) + " s");
        row(md, "half rate: event-to-timeline lag p50 / p99", r -> r.halfRate() == null ? "off"
                : num(r.halfRate().lagP50Ms(), 0) + " / " + num(r.halfRate().lagP99Ms(), 0) + " ms over "
                + r.halfRate().projections() + " projections");
        row(md, "half rate: timeline queries p50 / p99 / p99.9 / max", r -> r.halfRate() == null ? "off"
                : r.halfRate().query().summary());
        row(md, "peak heap (MB)", r -> r.peakHeapMb().entrySet().stream()
                .map(e -> e.getKey() + " " + num(e.getValue(), 0)).collect(java.util.stream.Collectors.joining(", ")));
        row(md, "baseline overrides", r -> r.caseServiceArgs().isEmpty() ? "(none: tuned defaults)"
                : String.join("; ", r.caseServiceArgs()));
        row(md, "note", r -> r.note() == null ? "" : r.note());
        if (throughputRatio != null) {
            md.append("\nThroughput ratio tuned / baseline: **").append(num(throughputRatio, 2)).append("x**\n");
        }
        md.append("\n## Goals (issue 7)\n\n| goal | target | measured | verdict |\n|---|---|---|---|\n");
        for (Goal goal : goals) {
            md.append("| ").append(goal.goal()).append(" | ").append(goal.target()).append(" | ")
                    .append(goal.measured()).append(" | ").append(goal.verdict()).append(" |\n");
        }
        return md.toString();
    }

    public void write(Path directory, String baseName) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(baseName + ".json"), json() + "\n");
        Files.writeString(directory.resolve(baseName + ".md"), markdown());
    }

    private void row(StringBuilder md, String name, java.util.function.Function<RunResult, String> value) {
        md.append("| ").append(name).append(" | ").append(value.apply(tuned)).append(" |");
        if (baseline != null) {
            md.append(' ').append(value.apply(baseline)).append(" |");
        }
        md.append('\n');
    }

    static String num(double value, int decimals) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
