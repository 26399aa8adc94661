package io.dunning.deploy.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Embedded PostgreSQL (zonky) with a persistent data directory: an existing cluster is reused, so cases
 * survive a restart of the launcher. One database per service (DESIGN.md section 3).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final List<String> DATABASES = List.of("dunning_case", "dunning_notice", "dunning_contact");
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dataDirectory, int port) throws IOException {
        Path clusterDirectory = dataDirectory.resolve("postgres");
        Files.createDirectories(clusterDirectory);
        Path log = dataDirectory.resolve("postgres.log").toAbsolutePath();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDirectory.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (port > 0) {
            builder.setPort(port);
        }
        LocalPostgres local = new LocalPostgres(builder.start());
        local.createMissingDatabases();
        return local;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates {@code database} unless it exists (e.g. a test's own database) and returns its JDBC url. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return jdbcUrl(database);
    }

    private void createMissingDatabases() {
        DATABASES.forEach(this::ensureDatabase);
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
