package io.dunning.deploy.infra;

import io.dunning.deploy.infra.token.DevTokenIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * For the services' tests: ONE embedded PostgreSQL (with the three service databases) and ONE in-process
 * KRaft broker (with every topic and its {@code .DLT} twin) per test JVM, on free ports, started on first use
 * and shared by every Spring test context, so a suite pays their start-up once. Real parts, never mocks. Also the
 * dev token issuer the services' tests authenticate with ({@link #issuer()}).
 */
public final class SharedTestInfrastructure {

    private static LocalInfrastructure infrastructure;
    private static DevTokenIssuer issuer;

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

    /** The dev token issuer of this test JVM (free port, tokens valid for an hour), started on first use. */
    public static synchronized DevTokenIssuer issuer() {
        if (issuer == null) {
            issuer = DevTokenIssuer.start(0, Duration.ofHours(1));
            DevTokenIssuer started = issuer;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "dunning-test-issuer-stop"));
        }
        return issuer;
    }

    /**
     * Spring properties pointing a service's JWT resource server at {@link #issuer()}: keys, issuer and audience,
     * as production takes them from DUNNING_JWT_* (docs/security.md).
     */
    public static Map<String, String> securityProperties() {
        DevTokenIssuer started = issuer();
        String prefix = "spring.security.oauth2.resourceserver.jwt.";
        return Map.of(prefix + "issuer-uri", started.issuerUri(),
                prefix + "jwk-set-uri", started.jwkSetUri(),
                prefix + "audiences", DevTokenIssuer.AUDIENCE);
    }
}
