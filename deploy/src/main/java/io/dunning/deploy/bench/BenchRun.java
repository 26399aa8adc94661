package io.dunning.deploy.bench;

import io.dunning.deploy.feed.CoreBankingProducer;
import io.dunning.deploy.infra.InfrastructureSettings;
import io.dunning.deploy.infra.LocalInfrastructure;
import io.dunning.deploy.infra.LocalPostgres;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.service.HealthCheck;
import io.dunning.deploy.service.ServiceProcess;
import io.dunning.deploy.service.ServiceSpec;
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
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

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

    RunResult run(String mode, BenchOptions options) throws Exception {
        boolean baseline = mode.equals("baseline");
        Path data = Files.createTempDirectory("dunning-bench-");
        Path logDir = Files.createDirectories(projectRoot.resolve("deploy/target/bench"));
        Path logFile = logDir.resolve("children-" + mode + "-" + System.currentTimeMillis() + ".log");
        say(mode, "starting PostgreSQL and Kafka (data in " + data + "), children log to " + logFile);
        System.setProperty(LocalPostgres.SERVER_CONFIG, PgStatements.serverConfig());
        List<ServiceProcess> children = new ArrayList<>();
        try (PrintStream log = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8);
             LocalInfrastructure infra = LocalInfrastructure.start(new InfrastructureSettings(data, 0, 0, true));
             DevTokenIssuer issuer = DevTokenIssuer.start(0, Duration.ofHours(12))) {
            ServiceSpec.Ports ports = new ServiceSpec.Ports(freePort(), freePort(), freePort(), freePort());
            for (ServiceSpec spec : ServiceSpec.system(ports, Duration.ofSeconds(1), issuer.issuerUri())) {
                specs.put(spec.name(), spec.withArgs(argsFor(spec.name(), baseline).toArray(String[]::new)));
            }
            // Ctrl-C: stop the children first, or they outlive the bench JVM, then PostgreSQL (its own process: a bench
            // stopped by a signal left its cluster running) and Kafka
            Thread stopChildren = new Thread(() -> {
                children.parallelStream().forEach(ServiceProcess::stop);
                try {
                    infra.close();
                } catch (IOException | RuntimeException e) {
                    System.err.println("[bench] stopping PostgreSQL and Kafka: " + e);
                }
            });
            Runtime.getRuntime().addShutdownHook(stopChildren);
            try {
                return runSystem(mode, options, baseline, infra, issuer.token("bench-collector", "COLLECTOR"), log,
                        logFile, children);
            } finally {
                children.parallelStream().forEach(ServiceProcess::stop);
                Runtime.getRuntime().removeShutdownHook(stopChildren);
            }
        } finally {
            deleteQuietly(data);
        }
    }

    private RunResult runSystem(String mode, BenchOptions options, boolean baseline, LocalInfrastructure infra,
                                String token, PrintStream log, Path logFile,
                                List<ServiceProcess> children) throws Exception {
        {
            String kafka = infra.kafka().bootstrapServers();
            for (ServiceSpec spec : specs.values()) {
                Path jar = spec.executableJar(projectRoot).orElseThrow(() -> new IllegalStateException(
                        "no " + spec.module() + "/target/*-exec.jar: build first (mvn -B -o -DskipTests package)"));
                String jdbcUrl = spec.database() == null ? null : infra.postgres().jdbcUrl(spec.database());
                children.add(ServiceProcess.start(spec, jar, jdbcUrl, kafka, log,
                        BenchJvmOptions.forService(spec, mode)));
            }
            long bootStart = System.nanoTime();
            HealthCheck health = new HealthCheck();
            for (ServiceProcess child : children) {
                if (!health.awaitUp(child, HEALTH_TIMEOUT)) {
                    throw new IllegalStateException(child.spec().name() + " not UP; see " + logFile);
                }
            }
            say(mode, String.format("all services UP in %.0f s; producing %,d records for %,d loans", 
                    (System.nanoTime() - bootStart) / 1e9, options.records(), options.loans()));
            try (Admin admin = admin(kafka);
                 Connection caseDb = connect(infra, "dunning_case");
                 Connection noticeDb = connect(infra, "dunning_notice");
                 Connection contactDb = connect(infra, "dunning_contact");
                 BenchPhases phases = new BenchPhases(options, new BenchPhases.Pipeline(kafka, admin, caseDb,
                         noticeDb, contactDb, specs.get("contact-service").baseUrl(), token,
                         () -> scrape(specs.get("contact-service"))), line -> say(mode, line))) {
                return measure(mode, options, kafka, admin, caseDb, noticeDb, phases,
                        baseline ? BenchBaseline.describe() : List.of());
            }
        }
    }

    private RunResult measure(String mode, BenchOptions options, String kafka, Admin admin, Connection caseDb,
                              Connection noticeDb, BenchPhases phases, List<String> caseArgs) throws Exception {
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
        IngestWarmUp warmUp = null;
        PipelineCounts before = PipelineCounts.NOTHING;
        if (options.warmUpRecords() > 0) {
            warmUp = warmUp(mode, options, kafka, admin, caseDb, noticeDb);
            before = counted(admin, caseDb, noticeDb);
        }
        PgStatements.reset(caseDb);
        long start = System.nanoTime();
        // unbounded: the half-rate phase goes on with the following days of the same portfolio
        BenchPortfolio portfolio = new BenchPortfolio(Long.MAX_VALUE, options.loans());
        long sent;
        try (CoreBankingProducer producer = new CoreBankingProducer(kafka)) {
            sent = PacedFeed.produce(producer, portfolio, options.records(), options.rate(),
                    n -> progress(mode, start, n, admin, caseDb, noticeDb));
        }
        double produceSeconds = (System.nanoTime() - start) / 1e9;
        say(mode, String.format("produced %,d records in %.1f s (%.0f/s)", sent, produceSeconds,
                sent / produceSeconds));
        OptionalLong caughtUp = BenchStages.awaitCaughtUp(admin, caseDb, noticeDb,
                start + options.timeLimit().toNanos(),
                stages -> say(mode, String.format("%5.0f s  %s", (System.nanoTime() - start) / 1e9, stages)));
        boolean done = caughtUp.isPresent();
        double seconds = (caughtUp.orElse(System.nanoTime()) - start) / 1e9;
        PipelineCounts after = counted(admin, caseDb, noticeDb);
        PgStatements.write(caseDb, mode, sent);
        String latency = "dunning_command_latency_seconds";
        String lag = "dunning_contact_projection_lag_seconds";
        BenchStages.Stages last = after.stages();
        say(mode, String.format("%s: %,d records in %.1f s = %.0f records/s", done ? "DONE" : "INCOMPLETE", sent,
                seconds, sent / seconds));
        QueryResult queries = done ? phases.queryAfterIngest() : null;
        HalfRateResult halfRate = done ? phases.halfRate(portfolio, sent / seconds) : null;
        sampler.interrupt();
        specs.values().stream().filter(s -> s.database() != null).forEach(this::sampleHeap);
        return new RunResult(mode, done, sent, options.loans(), caseArgs, produceSeconds, seconds, sent / seconds,
                last.storedEvents() - before.stages().storedEvents(), last.headIndex(),
                last.published() - before.stages().published(), after.lettersSince(before),
                after.countSince(before, true, latency), after.quantileSince(before, true, latency, 0.50),
                after.quantileSince(before, true, latency, 0.99), after.quantileSince(before, true, latency, 0.999),
                after.countSince(before, false, lag), after.quantileSince(before, false, lag, 0.50),
                after.quantileSince(before, false, lag, 0.99), new TreeMap<>(peakHeapMb), queries, halfRate, warmUp,
                done ? null : "time limit " + options.timeLimit().toSeconds() + " s reached (query and half-rate"
                        + " phases skipped); last state: " + last);
    }

    /** Feeds the warm-up portfolio and waits until it is caught up end to end (see {@link IngestWarmUp}). */
    private IngestWarmUp warmUp(String mode, BenchOptions options, String kafka, Admin admin, Connection caseDb,
                                Connection noticeDb) throws Exception {
        say(mode, String.format("ingest warm-up (not measured): %,d records of %,d other loans",
                options.warmUpRecords(), options.warmUpLoans()));
        long start = System.nanoTime();
        long sent;
        try (CoreBankingProducer producer = new CoreBankingProducer(kafka)) {
            sent = PacedFeed.produce(producer, new BenchPortfolio("WARM", options.warmUpRecords(),
                    options.warmUpLoans()), options.warmUpRecords(), 0, n -> progress(mode, start, n, admin, caseDb,
                    noticeDb));
        }
        OptionalLong caughtUp = BenchStages.awaitCaughtUp(admin, caseDb, noticeDb,
                start + options.timeLimit().toNanos(),
                stages -> say(mode, String.format("%5.0f s  warm-up: %s", (System.nanoTime() - start) / 1e9, stages)));
        IngestWarmUp warmUp = new IngestWarmUp(sent, options.warmUpLoans(),
                (caughtUp.orElse(System.nanoTime()) - start) / 1e9, caughtUp.isPresent());
        say(mode, "ingest warm-up: " + warmUp.summary());
        return warmUp;
    }

    /** What the pipeline has counted so far: the stages (stored events counted), letters, two services' metrics. */
    private PipelineCounts counted(Admin admin, Connection caseDb, Connection noticeDb) throws Exception {
        return new PipelineCounts(BenchStages.readCounted(admin, caseDb, noticeDb), BenchStages.letters(noticeDb),
                Prometheus.parse(scrape(specs.get("case-service"))),
                Prometheus.parse(scrape(specs.get("contact-service"))));
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

    private static Connection connect(LocalInfrastructure infra, String database) throws SQLException {
        return DriverManager.getConnection(infra.postgres().jdbcUrl(database), "postgres", "postgres");
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
