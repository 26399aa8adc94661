package io.dunning.deploy.bench;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.infra.InfrastructureSettings;
import io.dunning.deploy.infra.LocalInfrastructure;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.service.HealthCheck;
import io.dunning.deploy.service.ServiceProcess;
import io.dunning.deploy.service.ServiceSpec;
import io.dunning.events.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * One measured run: fresh PostgreSQL and Kafka on free ports, the simulators and the three services as child JVMs,
 * {@code records} records as fast as the producer goes, then polling until every stage caught up: case-service's
 * inbound group, its publisher (token at the event store's head), notice-service's and contact-service's groups on
 * dunning.case-events.v1, and no letter left ISSUED (waiting for the courier).
 */
final class BenchRun {

    static final String INBOUND_GROUP = "corebanking-inbound";
    static final String NOTICE_GROUP = "case-events-inbound";
    static final String CONTACT_GROUP = "contact-projections";
    static final String PUBLISHER = "case-events-publisher";
    /** Heap as the launcher gives it (goal: 512 MB per service); serial GC leaves the 2 cores to the work. */
    static final List<String> CHILD_JVM_OPTIONS = ServiceSpec.withConductAllDay("-Xmx512m", "-Xss512k", "-XX:+UseSerialGC");
    /** Start-up is not measured; on the shared 2 cores at load 30+ it has taken over 4 minutes. */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(600);

    private final Path projectRoot;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Double> peakHeapMb = new ConcurrentHashMap<>();
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();

    BenchRun(Path projectRoot, PrintStream out) {
        this.projectRoot = projectRoot;
        this.out = out;
    }

    RunResult run(String mode, long records, int loans, Duration timeLimit) throws Exception {
        boolean baseline = mode.equals("baseline");
        Path data = Files.createTempDirectory("dunning-bench-");
        Path logDir = Files.createDirectories(projectRoot.resolve("deploy/target/bench"));
        Path logFile = logDir.resolve("children-" + mode + "-" + System.currentTimeMillis() + ".log");
        say(mode, "starting PostgreSQL and Kafka (data in " + data + "), children log to " + logFile);
        List<ServiceProcess> children = new ArrayList<>();
        try (PrintStream log = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8);
             LocalInfrastructure infra = LocalInfrastructure.start(new InfrastructureSettings(data, 0, 0, true));
             DevTokenIssuer issuer = DevTokenIssuer.start(0, Duration.ofHours(12))) {
            ServiceSpec.Ports ports = new ServiceSpec.Ports(freePort(), freePort(), freePort(), freePort());
            for (ServiceSpec spec : ServiceSpec.system(ports, Duration.ofSeconds(1), issuer.issuerUri())) {
                specs.put(spec.name(), spec.withArgs(argsFor(spec.name(), baseline).toArray(String[]::new)));
            }
            // Ctrl-C: stop the children first, or they outlive the bench JVM (and its PostgreSQL and Kafka)
            Thread stopChildren = new Thread(() -> children.parallelStream().forEach(ServiceProcess::stop));
            Runtime.getRuntime().addShutdownHook(stopChildren);
            try {
                return runSystem(mode, records, loans, timeLimit, baseline, infra, log, logFile, children);
            } finally {
                children.parallelStream().forEach(ServiceProcess::stop);
                Runtime.getRuntime().removeShutdownHook(stopChildren);
            }
        } finally {
            deleteQuietly(data);
        }
    }

    private RunResult runSystem(String mode, long records, int loans, Duration timeLimit, boolean baseline,
                                LocalInfrastructure infra, PrintStream log, Path logFile,
                                List<ServiceProcess> children) throws Exception {
        {
            String kafka = infra.kafka().bootstrapServers();
            for (ServiceSpec spec : specs.values()) {
                Path jar = spec.executableJar(projectRoot).orElseThrow(() -> new IllegalStateException(
                        "no " + spec.module() + "/target/*-exec.jar: build first (mvn -B -o -DskipTests package)"));
                children.add(ServiceProcess.start(spec, jar, spec.database() == null ? null
                        : infra.postgres().jdbcUrl(spec.database()), kafka, log, jvmOptionsFor(spec, mode)));
            }
            long bootStart = System.nanoTime();
            HealthCheck health = new HealthCheck();
            for (ServiceProcess child : children) {
                if (!health.awaitUp(child, HEALTH_TIMEOUT)) {
                    throw new IllegalStateException(child.spec().name() + " not UP; see " + logFile);
                }
            }
            say(mode, String.format("all services UP in %.0f s; producing %,d records for %,d loans", 
                    (System.nanoTime() - bootStart) / 1e9, records, loans));
            try (Admin admin = admin(kafka);
                 Connection caseDb = DriverManager.getConnection(infra.postgres().jdbcUrl("dunning_case"), "postgres",
                         "postgres");
                 Connection noticeDb = DriverManager.getConnection(infra.postgres().jdbcUrl("dunning_notice"),
                         "postgres", "postgres")) {
                return measure(mode, records, loans, timeLimit, kafka, admin, caseDb, noticeDb,
                        baseline ? BenchBaseline.describe() : List.of());
            }
        }
    }

    private RunResult measure(String mode, long records, int loans, Duration timeLimit, String kafka, Admin admin,
                              Connection caseDb, Connection noticeDb, List<String> caseArgs) throws Exception {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                specs.values().stream().filter(s -> s.database() != null).forEach(this::sampleHeap);
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        long lastProgress = start;
        long sent = 0;
        try (CoreBankingProducer producer = new CoreBankingProducer(kafka)) {
            BenchPortfolio portfolio = new BenchPortfolio(records, loans);
            while (portfolio.hasNext()) {
                producer.send(portfolio.next());
                sent++;
                if (System.nanoTime() - lastProgress > 5_000_000_000L) {
                    lastProgress = System.nanoTime();
                    progress(mode, start, sent, admin, caseDb, noticeDb);
                }
            }
            producer.flush();
        }
        double produceSeconds = (System.nanoTime() - start) / 1e9;
        say(mode, String.format("produced %,d records in %.1f s (%.0f/s)", sent, produceSeconds,
                sent / produceSeconds));
        boolean done = false;
        long doneAt = 0;
        int consecutive = 0;
        while (System.nanoTime() < deadline) {
            BenchStages.Stages stages = BenchStages.read(admin, caseDb, noticeDb);
            if (stages.caughtUp()) {
                if (consecutive++ == 0) {
                    doneAt = System.nanoTime();
                }
                if (consecutive >= 2) {
                    done = true;
                    break;
                }
            } else {
                consecutive = 0;
            }
            if (System.nanoTime() - lastProgress > 5_000_000_000L) {
                lastProgress = System.nanoTime();
                say(mode, String.format("%5.0f s  %s", (lastProgress - start) / 1e9, stages));
            }
            Thread.sleep(500);
        }
        if (!done) {
            doneAt = System.nanoTime();
        }
        sampler.interrupt();
        double seconds = (doneAt - start) / 1e9;
        specs.values().stream().filter(s -> s.database() != null).forEach(this::sampleHeap);
        List<Prometheus.Sample> caseMetrics = Prometheus.parse(scrape(specs.get("case-service")));
        List<Prometheus.Sample> contactMetrics = Prometheus.parse(scrape(specs.get("contact-service")));
        String latency = "dunning_command_latency_seconds";
        String lag = "dunning_contact_projection_lag_seconds";
        BenchStages.Stages last = BenchStages.read(admin, caseDb, noticeDb);
        RunResult result = new RunResult(mode, done, sent, loans, caseArgs, produceSeconds, seconds, sent / seconds,
                last.storedEvents(), BenchStages.endOffsets(admin, Topics.CASE_EVENTS), BenchStages.letters(noticeDb),
                (long) Prometheus.sum(caseMetrics, latency + "_count", l -> true),
                Prometheus.quantile(caseMetrics, latency, 0.50) * 1000,
                Prometheus.quantile(caseMetrics, latency, 0.99) * 1000,
                Prometheus.quantile(caseMetrics, latency, 0.999) * 1000,
                (long) Prometheus.sum(contactMetrics, lag + "_count", l -> true),
                Prometheus.quantile(contactMetrics, lag, 0.50) * 1000,
                Prometheus.quantile(contactMetrics, lag, 0.99) * 1000,
                new TreeMap<>(peakHeapMb),
                done ? null : "time limit " + timeLimit.toSeconds() + " s reached; last state: " + last);
        say(mode, String.format("%s: %,d records in %.1f s = %.0f records/s", done ? "DONE" : "INCOMPLETE", sent,
                seconds, result.recordsPerSecond()));
        return result;
    }

    /**
     * The children's JVM options; with {@code DUNNING_BENCH_JFR=<dir>} in the environment each service also records
     * a flight recording ({@code <dir>/<mode>-<service>.jfr}, profile settings) for finding the bottleneck.
     */
    private static List<String> jvmOptionsFor(ServiceSpec spec, String mode) {
        String jfrDirectory = System.getenv("DUNNING_BENCH_JFR");
        if (jfrDirectory == null || jfrDirectory.isBlank() || spec.database() == null) {
            return CHILD_JVM_OPTIONS;
        }
        List<String> options = new ArrayList<>(CHILD_JVM_OPTIONS);
        options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + Path.of(jfrDirectory).resolve(mode + "-" + spec.name() + ".jfr").toAbsolutePath());
        return options;
    }

    private List<String> argsFor(String service, boolean baseline) {
        List<String> args = new ArrayList<>();
        if (service.equals("case-service")) {
            args.add("--management.metrics.distribution.percentiles-histogram.dunning.command.latency=true");
        } else if (service.equals("contact-service")) {
            args.add("--management.metrics.distribution.percentiles-histogram.dunning.contact.projection.lag=true");
        } else if (service.equals("simulators")) {
            args.add("--dunning.simulators.courier.return-ratio=0");
        }
        if (baseline) {
            args.addAll(BenchBaseline.argsFor(service));
        }
        return args;
    }

    private void progress(String mode, long start, long sent, Admin admin, Connection caseDb, Connection noticeDb) {
        try {
            say(mode, String.format("%5.0f s  produced %,d | %s", (System.nanoTime() - start) / 1e9, sent,
                    BenchStages.read(admin, caseDb, noticeDb)));
        } catch (Exception e) {
            say(mode, "progress unavailable: " + e);
        }
    }

    private void sampleHeap(ServiceSpec spec) {
        try {
            double heap = Prometheus.sum(Prometheus.parse(scrape(spec)), "jvm_memory_used_bytes",
                    labels -> "heap".equals(labels.get("area")));
            peakHeapMb.merge(spec.name(), heap / (1024 * 1024), Math::max);
        } catch (Exception e) {
            // a missed sample only lowers the chance of seeing the peak
        }
    }

    private String scrape(ServiceSpec spec) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(spec.baseUrl() + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Admin admin(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return Admin.create(properties);
    }

    private void say(String mode, String line) {
        out.println("[bench " + mode + "] " + line);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
