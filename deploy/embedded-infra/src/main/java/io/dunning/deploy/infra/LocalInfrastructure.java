package io.dunning.deploy.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** PostgreSQL and Kafka together, started in that order and stopped in reverse. */
public final class LocalInfrastructure implements AutoCloseable {

    private final LocalPostgres postgres;
    private final LocalKafka kafka;

    private LocalInfrastructure(LocalPostgres postgres, LocalKafka kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    public static LocalInfrastructure start(InfrastructureSettings settings) throws IOException {
        if (settings.fresh()) {
            deleteRecursively(settings.dataDirectory());
        }
        Files.createDirectories(settings.dataDirectory());
        LocalPostgres postgres = LocalPostgres.start(settings.dataDirectory(), settings.postgresPort());
        try {
            return new LocalInfrastructure(postgres, LocalKafka.start(settings.kafkaPort()));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    @Override
    public void close() throws IOException {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
