package io.dunning.deploy;

import io.dunning.deploy.demo.DemoFeed;
import io.dunning.deploy.demo.DemoHttp;
import io.dunning.deploy.feed.SendCommand;
import io.dunning.deploy.feed.WatchCommand;
import io.dunning.deploy.infra.InfrastructureSettings;
import io.dunning.deploy.infra.LocalInfrastructure;
import io.dunning.deploy.infra.token.DevTokenIssuer;
import io.dunning.deploy.service.HealthCheck;
import io.dunning.deploy.service.ServiceProcess;
import io.dunning.deploy.service.ServiceSpec;
import io.dunning.deploy.service.StopOrder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One command to run Dunning locally: PostgreSQL, Kafka and the dev token issuer in this JVM, every built service
 * as a child JVM writing to its own log file ({@code .dunning/logs/<service>.log}; {@code --verbose} prints it here
 * too), an optional demo feed. A service that dies is reported; PostgreSQL and Kafka stay up until Ctrl-C.
 * Run it from the project root.
 */
public final class LocalDunning {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
    /** How long the dev tokens the launcher prints stay valid. */
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    private static final PrintStream OUT = System.out;

    private final List<ServiceProcess> children = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile LocalInfrastructure infrastructure;
    private volatile DevTokenIssuer issuer;

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(io.dunning.deploy.bench.Benchmark.run(args, OUT));
        }
        LaunchOptions options = LaunchOptions.parse(args);
        if (options.help()) {
            OUT.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        String kafka = "localhost:" + InfrastructureSettings.DEFAULT_KAFKA_PORT;
        if ("send".equals(options.tool())) {
            System.exit(SendCommand.run(args, kafka, OUT));
        }
        if ("watch".equals(options.tool())) {
            System.exit(WatchCommand.run(args, kafka, OUT));
        }
        new LocalDunning().run(options, Path.of("").toAbsolutePath());
    }

    private void run(LaunchOptions options, Path projectRoot) throws Exception {
        long started = System.nanoTime();
        StopSignals.onStop(this::shutdown);
        InfrastructureSettings settings = InfrastructureSettings.defaults(projectRoot, options.fresh());
        say("starting PostgreSQL on port " + settings.postgresPort() + " (data in " + projectRoot.relativize(
                settings.dataDirectory()) + "/postgres" + (options.fresh() ? ", fresh" : "") + ") and Kafka on port "
                + settings.kafkaPort());
        try {
            infrastructure = LocalInfrastructure.start(settings);
        } catch (Exception e) {
            say("could not start PostgreSQL/Kafka: " + e.getMessage()
                    + " (another launcher running? ports " + settings.postgresPort() + "/" + settings.kafkaPort() + ")");
            System.exit(1);
        }
        say(String.format("PostgreSQL and Kafka up in %.1f s", (System.nanoTime() - started) / 1e9));
        try {
            issuer = DevTokenIssuer.start(ServiceSpec.LOCAL_ISSUER_PORT, TOKEN_LIFETIME);
        } catch (RuntimeException e) {
            say("could not start the dev token issuer on port " + ServiceSpec.LOCAL_ISSUER_PORT + ": "
                    + e.getMessage());
            shutdown();
            System.exit(1);
        }
        say("dev token issuer (DEV ONLY) on " + issuer.issuerUri());

        Path logs = Files.createDirectories(settings.dataDirectory().resolve("logs"));
        Map<ServiceSpec, String> states = startServices(projectRoot, logs, options.verbose());
        if (stopping.get()) {
            awaitStopped();
            return;
        }
        StartupGuide.print(OUT, infrastructure, issuer, states, projectRoot.relativize(logs),
                Duration.ofNanos(System.nanoTime() - started));

        if (options.demo()) {
            boolean allUp = states.values().stream().allMatch("UP"::equals);
            new DemoFeed(infrastructure.kafka().bootstrapServers(), ServiceSpec.Ports.LOCAL,
                    new DemoHttp(actor -> Optional.of(issuer.token(actor.userId(), actor.role()))),
                    Clock.systemDefaultZone(), OUT).run(options.demoLoans(), allUp);
        }
        stopped.await();
    }

    private Map<ServiceSpec, String> startServices(Path projectRoot, Path logs, boolean verbose) throws Exception {
        Map<ServiceSpec, String> states = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Optional<Path> jar = spec.executableJar(projectRoot);
            if (jar.isEmpty()) {
                say(spec.name() + ": skipped, no " + spec.module() + "/target/*-exec.jar (not built yet)");
                states.put(spec, "not built");
                continue;
            }
            Path log = logs.resolve(spec.name() + ".log");
            say(spec.name() + ": starting " + projectRoot.relativize(jar.get()) + " on port " + spec.port()
                    + ", log " + projectRoot.relativize(log));
            ServiceProcess child = ServiceProcess.startLogged(spec, jar.get(),
                    spec.database() == null ? null : infrastructure.postgres().jdbcUrl(spec.database()),
                    infrastructure.kafka().bootstrapServers(), OUT, log, verbose);
            synchronized (children) {
                children.add(child);
            }
            states.put(spec, "starting");
        }
        List<ServiceProcess> started;
        synchronized (children) {
            started = List.copyOf(children);
        }
        HealthCheck health = new HealthCheck();
        for (ServiceProcess child : started) {
            if (stopping.get()) {
                break;
            }
            boolean up = health.awaitUp(child, HEALTH_TIMEOUT);
            states.put(child.spec(), up ? "UP" : (child.isAlive() ? "not UP after " + HEALTH_TIMEOUT.toSeconds()
                    + " s" : "EXITED (see " + child.whereItsOutputIs() + ")"));
            say(child.spec().name() + ": " + states.get(child.spec()));
        }
        return states;
    }

    /**
     * Children first (they need the database and broker to stop cleanly): the services, then the simulators they
     * call ({@link StopOrder}); then Kafka, then PostgreSQL. Their exits from here on are expected, not reported.
     */
    private void shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            awaitStopped(); // a second signal (timeout(1) signals the process and its group) waits for the first
            return;
        }
        say("stopping...");
        List<ServiceProcess> running;
        synchronized (children) {
            running = new ArrayList<>(children);
        }
        running.forEach(ServiceProcess::stopRequested);
        StopOrder.stopAll(running, ServiceProcess::spec, ServiceProcess::stop);
        if (issuer != null) {
            issuer.close();
        }
        try {
            if (infrastructure != null) {
                infrastructure.close();
            }
            say("stopped");
        } catch (Exception e) {
            say("stopping PostgreSQL/Kafka failed: " + e);
        } finally {
            stopped.countDown();
        }
    }

    private void awaitStopped() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String line) {
        OUT.println("[launcher] " + line);
    }
}
