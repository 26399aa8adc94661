package io.dunning.deploy.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    public static final ServiceSpec SIMULATORS = new ServiceSpec("simulators", "deploy/simulators", 8090, null,
            List.of("--dunning.simulators.courier.callback-url=http://localhost:8082/courier/callbacks",
                    "--dunning.simulators.courier.delivery-delay=5s"));
    public static final ServiceSpec CASE_SERVICE = new ServiceSpec("case-service", "case-service", 8081,
            "dunning_case", List.of());

    /** In start order: the simulators first, since notice-service hands letters to the courier. */
    public static final List<ServiceSpec> ALL = List.of(
            SIMULATORS,
            CASE_SERVICE,
            new ServiceSpec("notice-service", "notice-service", 8082, "dunning_notice", List.of()),
            new ServiceSpec("contact-service", "contact-service", 8083, "dunning_contact", List.of()));

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

    public String baseUrl() {
        return "http://localhost:" + port;
    }
}
