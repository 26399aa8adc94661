package io.dunning.deploy.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One service the launcher can run: its module, HTTP port and database.
 *
 * @param name the Maven module, also the prefix of its output lines
 * @param port {@code server.port}
 * @param database its PostgreSQL database
 */
public record ServiceSpec(String name, int port, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("case-service", 8081, "dunning_case"),
            new ServiceSpec("notice-service", 8082, "dunning_notice"),
            new ServiceSpec("contact-service", 8083, "dunning_contact"));

    /** The module's Spring Boot jar ({@code <module>/target/<module>-<version>-exec.jar}), if it was built. */
    public Optional<Path> executableJar(Path projectRoot) throws IOException {
        Path target = projectRoot.resolve(name).resolve("target");
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
