package io.dunning.deploy.service;

import io.dunning.deploy.infra.token.DevTokenIssuer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One process the launcher can run: its Maven module, HTTP port, database and extra arguments.
 *
 * @param name      the module's artifact id, also the prefix of its output lines
 * @param module    the module's directory below the project root
 * @param port      {@code server.port}
 * @param database  its PostgreSQL database, or {@code null} for a process without one (the simulators)
 * @param extraArgs further Spring arguments
 */
public record ServiceSpec(String name, String module, int port, String database, List<String> extraArgs) {

    /** The launcher's courier: letters are delivered (or returned) this long after the hand-over. */
    public static final Duration LOCAL_DELIVERY_DELAY = Duration.ofSeconds(5);

    /** The launcher's dev token issuer (README, docs/security.md): a fixed port, loopback only. */
    public static final int LOCAL_ISSUER_PORT = 8099;
    public static final String LOCAL_ISSUER = "http://127.0.0.1:" + LOCAL_ISSUER_PORT;

    /** In start order: the simulators first, since notice-service hands letters to the courier. */
    /**
     * JVM options for the test and benchmark runs (not the launcher): case-service's contact profile allows contact
     * 00:00-23:59 on every day, so that a run at night or on a public holiday does not defer the reminders
     * (R6.1, ADR 0009) and no end-to-end or resilience test depends on the hour it runs at. The clock stays real:
     * notice-service compares a reminder's window end with its own clock.
     */
    public static final List<String> CONDUCT_ALL_DAY = List.of(
            "-Ddunning.case.conduct.profiles.handbook.earliest=00:00",
            "-Ddunning.case.conduct.profiles.handbook.latest=23:59",
            "-Ddunning.case.conduct.profiles.handbook.holiday-calendar=");

    /** {@code options} followed by {@link #CONDUCT_ALL_DAY}. */
    public static List<String> withConductAllDay(String... options) {
        List<String> all = new java.util.ArrayList<>(List.of(options));
        all.addAll(CONDUCT_ALL_DAY);
        return List.copyOf(all);
    }

    public static final List<ServiceSpec> ALL = system(Ports.LOCAL, LOCAL_DELIVERY_DELAY);
    public static final ServiceSpec SIMULATORS = ALL.get(0);
    public static final ServiceSpec CASE_SERVICE = ALL.get(1);

    public ServiceSpec {
        extraArgs = List.copyOf(extraArgs);
    }

    /**
     * The HTTP ports of the four processes.
     *
     * @param simulators the courier and SMS simulators
     */
    public record Ports(int caseService, int noticeService, int contactService, int simulators) {

        /** The fixed ports of the local launcher (README, tour). */
        public static final Ports LOCAL = new Ports(8081, 8082, 8083, 8090);
    }

    /** As {@link #system(Ports, Duration, String)} with the launcher's dev token issuer on its fixed port. */
    public static List<ServiceSpec> system(Ports ports, Duration courierDeliveryDelay) {
        return system(ports, courierDeliveryDelay, LOCAL_ISSUER);
    }

    /**
     * The whole system on the given ports, wired to itself: the courier calls notice-service back, notice-service
     * calls the simulators; the services trust the dev token issuer at {@code issuerUri} and the courier and
     * notice-service get their SYSTEM tokens from it (docs/security.md). In start order.
     */
    public static List<ServiceSpec> system(Ports ports, Duration courierDeliveryDelay, String issuerUri) {
        String simulators = "http://localhost:" + ports.simulators();
        List<String> trust = List.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuerUri,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuerUri + "/jwks");
        return List.of(
                new ServiceSpec("simulators", "deploy/simulators", ports.simulators(), null, concat(List.of(
                        "--dunning.simulators.courier.callback-url=http://localhost:" + ports.noticeService()
                                + "/courier/callbacks",
                        "--dunning.simulators.courier.delivery-delay=" + courierDeliveryDelay.toMillis() + "ms"),
                        client(issuerUri, "courier-simulator"))),
                new ServiceSpec("case-service", "case-service", ports.caseService(), "dunning_case", trust),
                new ServiceSpec("notice-service", "notice-service", ports.noticeService(), "dunning_notice",
                        concat(List.of("--dunning.notice.courier.base-url=" + simulators,
                                "--dunning.notice.sms.base-url=" + simulators), trust,
                                client(issuerUri, "notice-service"))),
                new ServiceSpec("contact-service", "contact-service", ports.contactService(), "dunning_contact",
                        trust));
    }

    /** DEV ONLY: the OAuth2 client a process calls the others with, secret from the dev issuer. */
    private static List<String> client(String issuerUri, String clientId) {
        return List.of("--dunning.security.client.token-uri=" + issuerUri + "/token",
                "--dunning.security.client.client-id=" + clientId,
                "--dunning.security.client.client-secret=" + DevTokenIssuer.DEV_CLIENT_SECRET);
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    /** This process with further arguments after the existing ones (a later argument wins in Spring). */
    public ServiceSpec withArgs(String... more) {
        List<String> args = new ArrayList<>(extraArgs);
        args.addAll(List.of(more));
        return new ServiceSpec(name, module, port, database, args);
    }

    /** The module's Spring Boot jar ({@code <module>/target/<name>-<version>-exec.jar}), if it was built. */
    public Optional<Path> executableJar(Path projectRoot) throws IOException {
        Path target = projectRoot.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String fileName = file.getFileName().toString();
                return fileName.startsWith(name + "-") && fileName.endsWith("-exec.jar");
            }).findFirst();
        }
    }

    /** The simulators are the one process without a database; the services call them, so they stop last. */
    public boolean isSimulator() {
        return database == null;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
