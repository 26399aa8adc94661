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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded PostgreSQL (zonky) with a persistent data directory: an existing cluster is reused, so cases
 * survive a restart of the launcher. One database per service (DESIGN.md section 3).
 * <p>
 * It can be stopped and started again within one launch ({@link #stop()}, {@link #restart()}): same data directory,
 * same port (for the resilience tests).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final List<String> DATABASES = List.of("dunning_case", "dunning_notice", "dunning_contact");
    public static final String USER = "postgres";

    private final Path dataDirectory;
    private volatile EmbeddedPostgres postgres;
    private volatile int port;

    /**
     * System property with extra server settings, {@code name=value} pairs separated by {@code ;} (e.g. the
     * benchmark's {@code shared_preload_libraries=pg_stat_statements}); none by default.
     */
    public static final String SERVER_CONFIG = "dunning.postgres.server-config";

    static Map<String, String> serverConfig(String pairs) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String pair : pairs.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(SERVER_CONFIG + ": not name=value: " + pair);
            }
            settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return settings;
    }

    private LocalPostgres(Path dataDirectory, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.postgres = postgres;
        this.port = postgres.getPort();
    }

    public static LocalPostgres start(Path dataDirectory, int port) throws IOException {
        LocalPostgres local = new LocalPostgres(dataDirectory, startCluster(dataDirectory, port));
        local.createMissingDatabases();
        return local;
    }

    private static EmbeddedPostgres startCluster(Path dataDirectory, int port) throws IOException {
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
        serverConfig(System.getProperty(SERVER_CONFIG, "")).forEach(builder::setServerConfig);
        return builder.start();
    }

    /** Stops the cluster (clients see their connections closed); {@link #restart()} brings it back. */
    public synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Starts the cluster {@link #stop() stopped} before, on the same data directory and port. */
    public synchronized void restart() throws IOException {
        if (postgres == null) {
            postgres = startCluster(dataDirectory, port);
        }
    }

    public int port() {
        return port;
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
        stop();
    }
}
