package io.dunning.deploy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * For profiling PostgreSQL's share: with {@code DUNNING_BENCH_PG_STATEMENTS=<dir>} in the environment the run's
 * cluster loads {@code pg_stat_statements}, its counters are reset when the measured ingest starts, and the
 * statements of every database by total execution time are written to {@code <dir>/<mode>-pg-statements.txt} when
 * it is caught up. Off by default (the extension's bookkeeping costs a little on every statement).
 */
final class PgStatements {

    static final String ENVIRONMENT = "DUNNING_BENCH_PG_STATEMENTS";
    private static final int TOP = 60;

    private PgStatements() {
    }

    static Path directory() {
        String dir = System.getenv(ENVIRONMENT);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** The server setting the cluster needs, when asked for. */
    static String serverConfig() {
        return directory() == null ? "" : "shared_preload_libraries=pg_stat_statements;pg_stat_statements.max=2000";
    }

    static void reset(Connection caseDb) throws SQLException {
        if (directory() == null) {
            return;
        }
        try (Statement statement = caseDb.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            statement.execute("SELECT pg_stat_statements_reset()");
        }
    }

    static void write(Connection caseDb, String mode, long records) throws SQLException, IOException {
        Path dir = directory();
        if (dir == null) {
            return;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "pg_stat_statements of the measured ingest (%d records), by total execution time%n%n"
                        + "%-16s %9s %8s %10s %8s  %s%n", records, "database", "calls", "per rec", "total ms",
                "mean ms", "query"));
        try (Statement statement = caseDb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT d.datname, s.calls, s.total_exec_time,"
                     + " s.mean_exec_time, regexp_replace(s.query, '\\s+', ' ', 'g') FROM pg_stat_statements s"
                     + " JOIN pg_database d ON d.oid = s.dbid ORDER BY s.total_exec_time DESC LIMIT " + TOP)) {
            while (rows.next()) {
                String query = rows.getString(5);
                text.append(String.format(Locale.ROOT, "%-16s %9d %8.2f %10.0f %8.3f  %s%n", rows.getString(1),
                        rows.getLong(2), rows.getLong(2) / (double) records, rows.getDouble(3), rows.getDouble(4),
                        query.length() > 220 ? query.substring(0, 220) + "..." : query));
            }
        }
        try (Statement statement = caseDb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT d.datname, sum(s.calls), sum(s.total_exec_time)"
                     + " FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid GROUP BY d.datname"
                     + " ORDER BY 3 DESC")) {
            text.append(String.format(Locale.ROOT, "%nby database%n"));
            while (rows.next()) {
                text.append(String.format(Locale.ROOT, "%-16s %9d calls %8.2f per record %10.0f ms%n",
                        rows.getString(1), rows.getLong(2), rows.getLong(2) / (double) records, rows.getDouble(3)));
            }
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(mode + "-pg-statements.txt"), text);
    }
}
