package io.dunning.cases.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * ONE embedded PostgreSQL (zonky) and ONE in-process KRaft Kafka broker per test JVM, started on first use and
 * shared by every Spring test context, so the suite pays their start-up once. Real parts only: never a mock.
 */
public final class TestInfrastructure {

    public static final String DATABASE = "dunning_case";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private TestInfrastructure() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return postgres;
    }

    /** The JDBC url of {@code database} in the shared PostgreSQL, created on first use. */
    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres pg = postgres();
        try (Connection connection = pg.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return pg.getJdbcUrl("postgres", database);
    }

    public static synchronized EmbeddedKafkaKraftBroker kafka() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.brokerProperty("auto.create.topics.enable", "false");
            kafka.afterPropertiesSet();
            EmbeddedKafkaKraftBroker started = kafka;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        }
        return kafka;
    }

    /** Spring properties pointing case-service at the shared PostgreSQL (database {@code database}) and broker. */
    public static Map<String, Object> properties(String database) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl(database));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "postgres");
        properties.put("spring.kafka.bootstrap-servers", kafka().getBrokersAsString());
        return properties;
    }
}
