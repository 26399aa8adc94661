package io.dunning.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * For the services' tests: ONE embedded PostgreSQL (with the three service databases) and ONE in-process
 * KRaft broker (with every topic and its {@code .DLT} twin) per test JVM, on free ports, started on first use
 * and shared by every Spring test context, so a suite pays their start-up once. Real parts, never mocks.
 */
public final class SharedTestInfrastructure {

    private static LocalInfrastructure infrastructure;

    private SharedTestInfrastructure() {
    }

    public static synchronized LocalInfrastructure get() {
        if (infrastructure == null) {
            try {
                var directory = Files.createTempDirectory("dunning-test-");
                infrastructure = LocalInfrastructure.start(new InfrastructureSettings(directory, 0, 0, true));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL and Kafka", e);
            }
            LocalInfrastructure started = infrastructure;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "dunning-test-infrastructure-stop"));
        }
        return infrastructure;
    }

    /** The JDBC url of {@code database} (user {@code postgres}), created on first use. */
    public static String jdbcUrl(String database) {
        return get().postgres().ensureDatabase(database);
    }

    public static String bootstrapServers() {
        return get().kafka().bootstrapServers();
    }
}
