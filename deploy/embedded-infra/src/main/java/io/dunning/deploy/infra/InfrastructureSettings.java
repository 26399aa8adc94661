package io.dunning.deploy.infra;

import java.nio.file.Path;

/**
 * Where the local infrastructure keeps its state and which ports it listens on.
 *
 * @param dataDirectory root of the local state ({@code .dunning}); PostgreSQL lives in {@code postgres/} below it
 * @param postgresPort PostgreSQL port, 0 for a free one
 * @param kafkaPort Kafka broker port, 0 for a free one
 * @param fresh wipe the data directory first
 */
public record InfrastructureSettings(Path dataDirectory, int postgresPort, int kafkaPort, boolean fresh) {

    public static final int DEFAULT_POSTGRES_PORT = 15432;
    public static final int DEFAULT_KAFKA_PORT = 19092;

    public static InfrastructureSettings defaults(Path workingDirectory, boolean fresh) {
        return new InfrastructureSettings(workingDirectory.resolve(".dunning"),
                DEFAULT_POSTGRES_PORT, DEFAULT_KAFKA_PORT, fresh);
    }
}
