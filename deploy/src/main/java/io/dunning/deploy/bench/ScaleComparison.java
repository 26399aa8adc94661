package io.dunning.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code bench compare A.json B.json}: the goal "throughput at 1,000,000 cases within 10% of throughput at 10,000"
 * from two reports' tuned runs. Cases are the portfolio's loans ({@code --loans}); the smaller portfolio is the
 * reference, whatever the order of the files. Only runs with the same records per loan (within 10%) compare: the
 * mix of case openings and daily updates changes the throughput by itself. Two runs minutes or hours apart on a shared machine: the load
 * averages are shown beside the figures, since a busier machine alone can account for a drop.
 *
 * @param drop the larger portfolio's throughput below the smaller's, as a fraction (negative: it was faster)
 */
record ScaleComparison(Side small, Side large, double drop, String verdict) {

    static final double ALLOWED_DROP = 0.10;

    /** One report's tuned run. */
    record Side(String file, long records, int loans, boolean completed, double recordsPerSecond,
                double loadAverageAtStart) {

        double recordsPerLoan() {
            return (double) records / loans;
        }

        static Side read(Path file) throws IOException {
            JsonNode report = new ObjectMapper().readTree(file.toFile());
            JsonNode tuned = report.path("tuned");
            if (tuned.isMissingNode() || !tuned.has("recordsPerSecond")) {
                throw new IOException(file + " is not a bench report (no tuned.recordsPerSecond)");
            }
            return new Side(file.getFileName().toString(), tuned.path("records").asLong(), tuned.path("loans").asInt(),
                    tuned.path("completed").asBoolean(), tuned.path("recordsPerSecond").asDouble(),
                    report.path("machine").path("loadAverageAtStart").asDouble(Double.NaN));
        }
    }

    static ScaleComparison of(Side a, Side b) {
        Side small = a.loans() <= b.loans() ? a : b;
        Side large = small == a ? b : a;
        double drop = 1 - large.recordsPerSecond() / small.recordsPerSecond();
        String verdict;
        if (!small.completed() || !large.completed()) {
            verdict = "not comparable (a run did not complete)";
        } else if (small.loans() == large.loans()) {
            verdict = "not comparable (same portfolio size)";
        } else if (Math.abs(large.recordsPerLoan() / small.recordsPerLoan() - 1) > ALLOWED_DROP) {
            verdict = "not comparable (records per loan " + BenchReport.num(small.recordsPerLoan(), 1) + " vs "
                    + BenchReport.num(large.recordsPerLoan(), 1) + ": a different mix of openings and updates)";
        } else if (drop > ALLOWED_DROP) {
            verdict = "MISSED";
        } else {
            verdict = small.loans() <= 10_000 && large.loans() >= 1_000_000 ? "met" : "met at "
                    + small.loans() + " vs " + large.loans() + " loans only (goal: 10,000 vs 1,000,000)";
        }
        return new ScaleComparison(small, large, drop, verdict);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("## Scale comparison (tuned runs)\n\n"
                + "| report | loans (cases) | records | completed | throughput | load average at start |\n"
                + "|---|---|---|---|---|---|\n");
        for (Side side : new Side[] {small, large}) {
            md.append("| ").append(side.file()).append(" | ").append(side.loans()).append(" | ")
                    .append(side.records()).append(" | ").append(side.completed()).append(" | ")
                    .append(BenchReport.num(side.recordsPerSecond(), 1)).append(" records/s | ")
                    .append(BenchReport.num(side.loadAverageAtStart(), 1)).append(" |\n");
        }
        md.append("\nThroughput of the larger portfolio ").append(drop >= 0 ? "below" : "above")
                .append(" the smaller's: ")
                .append(BenchReport.num(Math.abs(drop) * 100, 1)).append("% (goal: at most ")
                .append(BenchReport.num(ALLOWED_DROP * 100, 0)).append("% below). Verdict: **").append(verdict)
                .append("**\n");
        return md.toString();
    }
}
