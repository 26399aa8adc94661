package io.dunning.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The options of {@code bench} (see {@link Benchmark#USAGE}).
 *
 * @param records      core-banking records of the full-rate ingest
 * @param loans        portfolio size (cases)
 * @param baseline     also run the same code on Axon's defaults
 * @param outDir       report directory
 * @param timeLimit    per run, for the ingest to be caught up end to end (and again after the half-rate phase)
 * @param rate         producer pace of the full-rate ingest in records/s; 0: as fast as the producer goes
 * @param queryRate    timeline queries per second of the open-loop query load
 * @param querySeconds how long each query phase lasts; 0: no query load
 * @param queryWarmUpSeconds an unmeasured query phase at the same rate before the first measured one, so the
 *                     contact-service JVM has compiled its web stack (C2) before it is measured; 0: none
 * @param warmUpRecords records of another portfolio of the same shape fed and caught up end to end before the
 *                     measured ingest, not measured: the services' JIT compiles the ingest path meanwhile (a
 *                     1,000,000-record run spends a negligible share of its time on that, a 10,000-record one
 *                     about a quarter of the services' CPU); 0: none
 * @param halfRate     after the full-rate ingest and its query phase, a second ingest at half the measured
 *                     end-to-end throughput while the query load runs again
 */
record BenchOptions(long records, int loans, boolean baseline, Path outDir, Duration timeLimit, double rate,
                    double queryRate, int querySeconds, int queryWarmUpSeconds, long warmUpRecords,
                    boolean halfRate) {

    static BenchOptions parse(List<String> args) {
        long records = 100_000;
        Integer loans = null;
        boolean baseline = false;
        Path outDir = Path.of("deploy/bench/results");
        long timeLimit = 600;
        double rate = 0;
        double queryRate = 500;
        int querySeconds = 60;
        int queryWarmUpSeconds = 0;
        long warmUpRecords = 0;
        boolean halfRate = false;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--records" -> records = Long.parseLong(args.get(++i));
                case "--loans" -> loans = Integer.parseInt(args.get(++i));
                case "--baseline" -> baseline = true;
                case "--out" -> outDir = Path.of(args.get(++i));
                case "--time-limit" -> timeLimit = Long.parseLong(args.get(++i));
                case "--rate" -> rate = Double.parseDouble(args.get(++i));
                case "--query-rate" -> queryRate = Double.parseDouble(args.get(++i));
                case "--query-seconds" -> querySeconds = Integer.parseInt(args.get(++i));
                case "--query-warm-up-seconds" -> queryWarmUpSeconds = Integer.parseInt(args.get(++i));
                case "--warm-up-records" -> warmUpRecords = Long.parseLong(args.get(++i));
                case "--half-rate" -> halfRate = true;
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        if (records < 1 || timeLimit < 1 || rate < 0 || queryRate <= 0 || querySeconds < 0 || queryWarmUpSeconds < 0
                || warmUpRecords < 0 || (loans != null && loans < 1)) {
            throw new IllegalArgumentException("records, loans, time limit and query rate must be positive;"
                    + " rate, query seconds and warm-ups not negative");
        }
        if (halfRate && querySeconds == 0) {
            throw new IllegalArgumentException("--half-rate runs while the query load runs: --query-seconds > 0");
        }
        int loanCount = loans != null ? loans : (int) Math.max(1, records / 20);
        return new BenchOptions(records, loanCount, baseline, outDir, Duration.ofSeconds(timeLimit), rate, queryRate,
                querySeconds, queryWarmUpSeconds, warmUpRecords, halfRate);
    }

    /** The warm-up portfolio's loans: as many records per loan as the measured one. */
    int warmUpLoans() {
        return (int) Math.max(1, Math.round((double) warmUpRecords * loans / records));
    }

    boolean queries() {
        return querySeconds > 0;
    }

    /** The settings as the report shows them. */
    String describe() {
        String warmUp = warmUpRecords == 0 ? ""
                : "ingest warm-up " + warmUpRecords + " records of " + warmUpLoans() + " other loans (not measured), ";
        String pace = rate > 0 ? rate + " records/s" : "unpaced";
        String queryLoad = !queries() ? "off" : queryRate + " req/s for " + querySeconds + " s"
                + (queryWarmUpSeconds > 0 ? " after " + queryWarmUpSeconds + " s unmeasured warm-up" : "");
        return "records " + records + ", loans " + loans + ", " + warmUp + "producer " + pace + ", query load "
                + queryLoad + (halfRate ? ", half-rate phase" : "");
    }
}
