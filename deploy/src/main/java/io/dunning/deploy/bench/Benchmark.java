package io.dunning.deploy.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar deploy/target/dunning-local.jar bench --records N [--loans L] [--baseline] [--out DIR]
 * [--time-limit SECONDS]}, from the project root. Runs the tuned system, then (with {@code --baseline}) the same
 * code with Axon's defaults, each on fresh infrastructure, and writes {@code DIR/<timestamp>-<N>.{json,md}}.
 */
public final class Benchmark {

    public static final String USAGE = """
            usage: java -jar deploy/target/dunning-local.jar bench --records N [--loans L] [--baseline] \
            [--out deploy/bench/results] [--time-limit 600]
              --records     core-banking records to produce (default 100000)
              --loans       portfolio size (default records / 20: about 20 daily reports per loan)
              --baseline    also run the same code with Axon's defaults and report the ratio
              --out         report directory (default deploy/bench/results)
              --time-limit  seconds per run before it is reported INCOMPLETE (default 600)""";

    private Benchmark() {
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        long records = 100_000;
        Integer loans = null;
        boolean baseline = false;
        Path outDir = Path.of("deploy/bench/results");
        long timeLimit = 600;
        List<String> list = List.of(args).subList(1, args.length);
        try {
            for (int i = 0; i < list.size(); i++) {
                switch (list.get(i)) {
                    case "--records" -> records = Long.parseLong(list.get(++i));
                    case "--loans" -> loans = Integer.parseInt(list.get(++i));
                    case "--baseline" -> baseline = true;
                    case "--out" -> outDir = Path.of(list.get(++i));
                    case "--time-limit" -> timeLimit = Long.parseLong(list.get(++i));
                    default -> throw new IllegalArgumentException(list.get(i));
                }
            }
        } catch (RuntimeException e) {
            out.println(USAGE);
            return 2;
        }
        int loanCount = loans != null ? loans : (int) Math.max(1, records / 20);
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(root.resolve("case-service"))) {
            out.println("run it from the project root (case-service/target/*-exec.jar etc. are looked up there)");
            return 2;
        }
        LocalDateTime started = LocalDateTime.now();
        Map<String, Object> machine = machine();
        out.println("[bench] machine: " + machine);
        RunResult tuned = new BenchRun(root, out).run("tuned", records, loanCount, Duration.ofSeconds(timeLimit));
        RunResult base = baseline
                ? new BenchRun(root, out).run("baseline", records, loanCount, Duration.ofSeconds(timeLimit)) : null;
        BenchReport report = BenchReport.of(started.toString(), machine, tuned, base);
        String name = started.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + records;
        report.write(outDir, name);
        out.println();
        out.println(report.markdown());
        out.println("[bench] report: " + outDir.resolve(name + ".md") + " and .json");
        return tuned.completed() && (base == null || base.completed()) ? 0 : 1;
    }

    static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryMb", ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean()).getTotalMemorySize() / (1024 * 1024));
        machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("serviceJvmOptions", String.join(" ", BenchRun.CHILD_JVM_OPTIONS));
        machine.put("benchJvmMaxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("infrastructure", "embedded PostgreSQL 17 and in-process Kafka (KRaft) in the bench JVM");
        return machine;
    }
}
