package io.dunning.deploy.resilience.harness;

import io.dunning.deploy.infra.LocalKafka;
import io.dunning.deploy.infra.LocalPostgres;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.service.HealthCheck;
import io.dunning.deploy.service.ServiceProcess;
import io.dunning.deploy.service.ServiceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as separate processes, for fault injection: PostgreSQL and the KRaft broker in this JVM on fixed
 * free ports (so both can be stopped and started again), the simulators and {@code instances} instances of each
 * service as child JVMs ({@code case-service#1}, {@code case-service#2}, ...). Any instance can be killed with SIGKILL
 * ({@link #kill}) and started again ({@link #start}). Children's output goes to deploy/target/resilience/.
 */
public final class Fleet implements AutoCloseable {

    public static final List<String> SERVICES = List.of("case-service", "notice-service", "contact-service");
    /** How long a (re)started instance may take to report UP ({@code dunning.resilience.startup-minutes}, 10). */
    private static final Duration HEALTH_TIMEOUT = Duration.ofMinutes(
            Long.getLong("dunning.resilience.startup-minutes", 10));
    // one Kafka consumer per instance: with the services' 3 consumer threads, two instances would be 6 members for 3
    // partitions with the same client ids, and the scale-out test could not tell that both instances hold partitions
    private static final List<String> CHILD_JVM_OPTIONS = ServiceSpec.withConductAllDay(
            "-Xmx320m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Dspring.kafka.listener.concurrency=1");
    // several instances: no aggregate cache (another instance appends to the same cases), and an instance that holds
    // every segment of a tracking processor offers one to the other every 10 s instead of every minute (ADR 0014)
    private static final List<String> SCALED_OUT_OPTIONS = List.of("-Ddunning.case.aggregate-cache.max-entries=0",
            "-Ddunning.case.processors.balance-interval=PT10S", "-Ddunning.notice.processors.balance-interval=PT10S");

    private static final String CALLBACK_URL = "--dunning.simulators.courier.callback-url=";

    private final Path projectRoot;
    private final Path dataDirectory;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    /** The services trust it, and the courier's callbacks (and notice-service's calls) carry its client tokens. */
    private final DevTokenIssuer issuer = DevTokenIssuer.start(0, Duration.ofHours(12));
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> children = new LinkedHashMap<>();
    private final PrintStream log;
    private final Path logFile;
    private final List<String> jvmOptions = new ArrayList<>(CHILD_JVM_OPTIONS);

    private Fleet(Path projectRoot, Path dataDirectory, LocalPostgres postgres, LocalKafka kafka, Path logFile)
            throws IOException {
        this.projectRoot = projectRoot;
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.kafka = kafka;
        this.logFile = logFile;
        this.log = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8);
    }

    /** Starts the infrastructure, the simulators and {@code instances} instances of each service; waits for UP. */
    public static Fleet start(Path projectRoot, int instances, Duration courierDelay) throws Exception {
        Path data = Files.createTempDirectory("dunning-resilience-");
        LocalPostgres postgres = LocalPostgres.start(data, FreePorts.next());
        LocalKafka kafka = LocalKafka.start(FreePorts.next());
        Path logs = Files.createDirectories(projectRoot.resolve("deploy/target/resilience"));
        Fleet fleet = new Fleet(projectRoot, data, postgres, kafka,
                logs.resolve("children-" + System.currentTimeMillis() + ".log"));
        try {
            for (int i = 1; i <= instances; i++) {
                ServiceSpec.Ports ports = new ServiceSpec.Ports(FreePorts.next(), FreePorts.next(), FreePorts.next(),
                        i == 1 ? FreePorts.next() : fleet.specs.get("simulators").port());
                for (ServiceSpec spec : ServiceSpec.system(ports, courierDelay, fleet.issuer.issuerUri())) {
                    if (spec.database() == null && i > 1) {
                        continue;
                    }
                    fleet.specs.put(spec.database() == null ? spec.name() : spec.name() + "#" + i, spec);
                }
            }
            if (instances > 1) {
                fleet.jvmOptions.addAll(SCALED_OUT_OPTIONS);
                fleet.callBackEveryNoticeService();
            }
            // First instances first: they migrate the fresh databases, and a loaded machine starts fewer JVMs at once
            List<String> all = List.copyOf(fleet.specs.keySet());
            fleet.start(all.stream().filter(name -> !name.contains("#") || name.endsWith("#1")).toList());
            List<String> more = all.stream().filter(name -> name.contains("#") && !name.endsWith("#1")).toList();
            if (!more.isEmpty()) {
                fleet.start(more);
            }
            return fleet;
        } catch (Throwable e) {
            fleet.close();
            throw e;
        }
    }

    /** The courier's callbacks go to every notice-service instance (a list of URLs, see the simulators' README). */
    private void callBackEveryNoticeService() {
        String urls = String.join(",", specs.entrySet().stream().filter(e -> e.getKey().startsWith("notice-service#"))
                .map(e -> "http://localhost:" + e.getValue().port() + "/courier/callbacks").toList());
        ServiceSpec simulators = specs.get("simulators");
        List<String> args = new ArrayList<>(simulators.extraArgs().stream()
                .filter(arg -> !arg.startsWith(CALLBACK_URL)).toList());
        args.add(CALLBACK_URL + urls);
        specs.put("simulators", new ServiceSpec(simulators.name(), simulators.module(), simulators.port(),
                simulators.database(), args));
    }

    /** The process id of a running instance (Axon's token owner is {@code pid@host}). */
    public long pid(String instance) {
        return children.get(instance).pid();
    }

    /** The instances of the services (not the simulators), e.g. {@code case-service#1}. */
    public List<String> instances() {
        return specs.keySet().stream().filter(name -> name.contains("#")).toList();
    }

    /** Adds (does not start) an instance with its own spec, e.g. a contact-service on a fresh database. */
    public void add(String instance, ServiceSpec spec) {
        specs.put(instance, spec);
    }

    public ServiceSpec spec(String instance) {
        return specs.get(instance);
    }

    /**
     * SIGKILL ({@link ProcessHandle#destroyForcibly()} is {@code kill(pid, SIGKILL)} on Linux, see
     * {@code ForcedKillTest}): no shutdown hook, no graceful close of consumers, pools or transactions.
     */
    public void kill(String instance) {
        ServiceProcess child = children.remove(instance);
        ProcessHandle handle = ProcessHandle.of(child.pid()).orElseThrow(() -> new AssertionError(instance
                + " is not running: it cannot be killed"));
        handle.destroyForcibly();
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        log.println("[fleet] killed " + instance + " (pid " + child.pid() + ") with SIGKILL");
    }

    /** SIGTERM (graceful), for instances that are not part of the faults. */
    public void stop(String instance) {
        ServiceProcess child = children.remove(instance);
        if (child != null) {
            child.stop();
        }
    }

    /** Launches the given instances (again) in parallel and waits until each reports UP. */
    public void start(List<String> instances) throws Exception {
        for (String instance : instances) {
            ServiceSpec spec = specs.get(instance);
            Path jar = spec.executableJar(projectRoot).orElseThrow(() -> new IllegalStateException("no "
                    + spec.module() + "/target/*-exec.jar: package first (mvn -pl deploy -am verify -Presilience)"));
            String jdbcUrl = spec.database() == null ? null : postgres.ensureDatabase(spec.database());
            children.put(instance, ServiceProcess.start(spec, jar, jdbcUrl, bootstrapServers(), log,
                    jvmOptions));
        }
        awaitUp(instances);
    }

    public void stopPostgres() throws IOException {
        postgres.stop();
        log.println("[fleet] PostgreSQL stopped");
    }

    public void startPostgres() throws IOException {
        postgres.restart();
        log.println("[fleet] PostgreSQL started");
    }

    public void stopKafka() {
        kafka.stopBroker();
        log.println("[fleet] Kafka broker stopped");
    }

    public void startKafka() {
        kafka.startBroker();
        log.println("[fleet] Kafka broker started");
    }

    public String jdbcUrl(String database) {
        return postgres.ensureDatabase(database);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String simulatorsUrl() {
        return specs.get("simulators").baseUrl();
    }

    /** Fails with the output tail of every child that is no longer running (killed or stopped ones excepted). */
    public void assertAllAlive() {
        List<String> dead = children.keySet().stream().filter(name -> !children.get(name).isAlive()).toList();
        if (!dead.isEmpty()) {
            throw new AssertionError("child JVM(s) died: " + dead + "\n" + tails(dead));
        }
    }

    /** The instances were launched together: one shared deadline, checked one after the other. */
    private void awaitUp(List<String> instances) throws Exception {
        HealthCheck health = new HealthCheck();
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        List<String> notUp = new ArrayList<>();
        for (String instance : instances) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            if (!health.awaitUp(children.get(instance), left)) {
                notUp.add(instance);
            }
        }
        if (!notUp.isEmpty()) {
            throw new AssertionError("not UP within " + HEALTH_TIMEOUT.toSeconds() + " s: " + notUp + "\n"
                    + tails(notUp));
        }
    }

    private String tails(List<String> instances) {
        StringBuilder text = new StringBuilder();
        instances.forEach(instance -> text.append(String.join("\n", children.get(instance).outputTail()))
                .append("\n----- (above: the last lines of ").append(instance).append(") -----\n"));
        return text + "(every child's output: " + logFile + ")";
    }

    /** Children first, then Kafka and PostgreSQL; the temporary data directory is removed. */
    @Override
    public void close() throws Exception {
        new ArrayList<>(children.values()).parallelStream().forEach(ServiceProcess::stop);
        issuer.close();
        try {
            kafka.close();
        } finally {
            postgres.close();
            log.close();
            try (var paths = Files.walk(dataDirectory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
