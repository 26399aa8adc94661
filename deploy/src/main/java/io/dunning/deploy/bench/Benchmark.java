package io.dunning.deploy.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar deploy/target/dunning-local.jar bench ...} ({@link #USAGE}), from the project root. Runs the
 * tuned system, then (with {@code --baseline}) the same code with Axon's defaults, each on fresh infrastructure:
 * the ingest, the timeline-query load and the optional half-rate phase; writes
 * {@code DIR/<timestamp>-<N>.{json,md}}. {@code bench compare} sets two reports' throughput side by side.
 */
public final class Benchmark {

    public static final String USAGE = """
            usage: java -jar deploy/target/dunning-local.jar bench --records N [--loans L] [--baseline] \
            [--warm-up-records 0] [--rate R] [--query-rate 500] [--query-seconds 60] [--query-warm-up-seconds 0] \
            [--half-rate] [--out deploy/bench/results] [--time-limit 600]
                   java -jar deploy/target/dunning-local.jar bench compare SMALL.json LARGE.json
              --records        core-banking records to produce (default 100000)
              --loans          portfolio size = cases (default records / 20: about 20 daily reports per loan)
              --baseline       also run the same code with Axon's defaults and report the ratio
              --warm-up-records  first feed this many records of other loans (same shape) and wait until they
                               are caught up end to end, not measured (default 0), so the services' JIT has
                               compiled the ingest path; the report's counts are the measured ingest's alone
              --rate           producer pace in records/s (default: as fast as the producer goes)
              --query-rate     open-loop timeline queries per second after the ingest (default 500)
              --query-seconds  length of each query phase (default 60; 0: no query load)
              --query-warm-up-seconds  an unmeasured query phase at the same rate before the first measured one
                               (default 0), so contact-service's JIT has compiled the web stack
              --half-rate      then produce more records at half the measured throughput while the queries run
                               again, and report the event-to-timeline lag of that phase
              --out            report directory (default deploy/bench/results)
              --time-limit     seconds per run (and for the half-rate phase) to catch up end to end (default 600)
              compare          throughput of two reports' tuned runs, the larger portfolio against the smaller""";

    private Benchmark() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        List<String> list = List.of(args).subList(1, args.length);
        if (!list.isEmpty() && list.get(0).equals("compare")) {
            return compare(list.subList(1, list.size()), out);
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(list);
        } catch (RuntimeException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("case-service"))) {
            out.println("run it from the project root (case-service/target/*-exec.jar etc. are looked up there)");
            return 2;
        }
        LocalDateTime started = LocalDateTime.now();
        Map<String, Object> machine = machine();
        machine.put("benchSettings", options.describe());
        out.println("[bench] machine: " + machine);
        RunResult tuned = new BenchRun(root, out).run("tuned", options);
        RunResult base = options.baseline() ? new BenchRun(root, out).run("baseline", options) : null;
        machine.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        BenchReport report = BenchReport.of(started.toString(), machine, tuned, base);
        String name = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + options.records();
        report.write(options.outDir(), name);
        out.println();
        out.println(report.markdown());
        out.println("[bench] report: " + options.outDir().resolve(name + ".md") + " and .json");
        return tuned.completed() && (base == null || base.completed()) ? 0 : 1;
    }

    private static int compare(List<String> files, PrintStream out) throws Exception {
        if (files.size() != 2) {
            out.println(USAGE);
            return 2;
        }
        ScaleComparison comparison = ScaleComparison.of(ScaleComparison.Side.read(Path.of(files.get(0))),
                ScaleComparison.Side.read(Path.of(files.get(1))));
        out.println(comparison.markdown());
        return comparison.verdict().startsWith("met") ? 0 : 1;
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024));
        machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("serviceJvmOptions", String.join(" ", BenchJvmOptions.CHILD));
        machine.put("benchJvmMaxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("infrastructure", "embedded PostgreSQL 17 and in-process Kafka (KRaft) in the bench JVM");
        return machine;
    }
}
