package io.dunning.deploy.e2e;

import io.dunning.deploy.infra.InfrastructureSettings;
import io.dunning.deploy.infra.LocalInfrastructure;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.service.HealthCheck;
import io.dunning.deploy.service.ServiceProcess;
import io.dunning.deploy.service.ServiceSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system for one test: PostgreSQL and Kafka in this JVM (free ports, fresh temp directory), the simulators
 * and the three services as child JVMs from their -exec.jars on free ports. Children's output goes to a log file;
 * a child that dies or does not come up fails the test with the tail of its output.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(240);
    /** Small heaps and a quick-starting JIT: four JVMs share a loaded 2-core machine with the test's broker. */
    private static final List<String> CHILD_JVM_OPTIONS = ServiceSpec.withConductAllDay(
            "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");

    private final Path projectRoot;
    private final Path dataDirectory;
    private final LocalInfrastructure infrastructure;
    private final DevTokenIssuer issuer = DevTokenIssuer.start(0, Duration.ofHours(12));
    private final Map<String, ServiceSpec> specs = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> children = new LinkedHashMap<>();
    private final PrintStream log;
    private final Path logFile;

    private RunningSystem(Path projectRoot, Path dataDirectory, LocalInfrastructure infrastructure, Path logFile)
            throws IOException {
        this.projectRoot = projectRoot;
        this.dataDirectory = dataDirectory;
        this.infrastructure = infrastructure;
        this.logFile = logFile;
        this.log = new PrintStream(Files.newOutputStream(logFile), true, StandardCharsets.UTF_8);
    }

    /** Starts everything; the children in parallel, each with {@code extraArgs.get(name)} appended. */
    static RunningSystem start(Path projectRoot, Duration courierDeliveryDelay, Map<String, List<String>> extraArgs)
            throws Exception {
        long started = System.nanoTime();
        Path data = Files.createTempDirectory("dunning-e2e-");
        LocalInfrastructure infrastructure = LocalInfrastructure.start(new InfrastructureSettings(data, 0, 0, true));
        System.out.printf("[e2e] PostgreSQL and Kafka up in %.1f s; starting the children%n",
                (System.nanoTime() - started) / 1e9);
        Path logDirectory = Files.createDirectories(projectRoot.resolve("deploy/target/e2e"));
        RunningSystem system = new RunningSystem(projectRoot, data, infrastructure,
                logDirectory.resolve("children-" + System.currentTimeMillis() + ".log"));
        try {
            ServiceSpec.Ports ports = new ServiceSpec.Ports(freePort(), freePort(), freePort(), freePort());
            for (ServiceSpec spec : ServiceSpec.system(ports, courierDeliveryDelay, system.issuer.issuerUri())) {
                system.specs.put(spec.name(), spec.withArgs(
                        extraArgs.getOrDefault(spec.name(), List.of()).toArray(String[]::new)));
            }
            for (String name : system.specs.keySet()) {
                system.launch(name);
            }
            system.awaitUp(List.copyOf(system.specs.keySet()));
            return system;
        } catch (Throwable e) {
            system.close();
            throw e;
        }
    }

    String baseUrl(String name) {
        return specs.get(name).baseUrl();
    }

    /** The dev token issuer the children trust. */
    DevTokenIssuer issuer() {
        return issuer;
    }

    String bootstrapServers() {
        return infrastructure.kafka().bootstrapServers();
    }

    /** Stops the child (SIGTERM, Spring shuts down gracefully) and starts it again on the same port. */
    void restart(String name) throws Exception {
        children.get(name).stop();
        launch(name);
        awaitUp(List.of(name));
    }

    /** Fails with the output tail of every child that is no longer running. */
    void assertAllAlive() {
        List<String> dead = children.values().stream().filter(c -> !c.isAlive()).map(c -> c.spec().name()).toList();
        if (!dead.isEmpty()) {
            throw new AssertionError("child JVM(s) died: " + dead + "\n" + tails(dead));
        }
    }

    private void launch(String name) throws IOException {
        ServiceSpec spec = specs.get(name);
        Path jar = spec.executableJar(projectRoot).orElseThrow(() -> new IllegalStateException(
                "no " + spec.module() + "/target/*-exec.jar: package the services first (mvn -pl deploy -am verify)"));
        String jdbcUrl = spec.database() == null ? null : infrastructure.postgres().jdbcUrl(spec.database());
        children.put(name, ServiceProcess.start(spec, jar, jdbcUrl, bootstrapServers(), log, CHILD_JVM_OPTIONS));
    }

    private void awaitUp(List<String> names) throws Exception {
        HealthCheck health = new HealthCheck();
        Map<String, CompletableFuture<Boolean>> up = new LinkedHashMap<>();
        for (String name : names) {
            ServiceProcess child = children.get(name);
            up.put(name, CompletableFuture.supplyAsync(() -> {
                try {
                    return health.awaitUp(child, HEALTH_TIMEOUT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        List<String> notUp = new ArrayList<>();
        for (Map.Entry<String, CompletableFuture<Boolean>> entry : up.entrySet()) {
            if (!entry.getValue().join()) {
                notUp.add(entry.getKey());
            }
        }
        if (!notUp.isEmpty()) {
            throw new AssertionError("not UP within " + HEALTH_TIMEOUT.toSeconds() + " s (or died): " + notUp
                    + "\n" + tails(notUp));
        }
    }

    private String tails(List<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            ServiceProcess child = children.get(name);
            text.append("----- last lines of ").append(name).append(child.isAlive() ? " (running)" : " (exited)")
                    .append(" -----\n");
            child.outputTail().forEach(line -> text.append(line).append('\n'));
        }
        return text.append("(all children's output: ").append(logFile).append(")").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Children first (they need the database and broker to stop cleanly), then Kafka and PostgreSQL. */
    @Override
    public void close() throws Exception {
        List<ServiceProcess> running = new ArrayList<>(children.values());
        running.parallelStream().forEach(ServiceProcess::stop);
        issuer.close();
        try {
            infrastructure.close();
        } finally {
            log.close();
            deleteQuietly(dataDirectory);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
