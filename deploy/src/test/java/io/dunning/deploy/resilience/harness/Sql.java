package io.dunning.deploy.resilience.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on one service database: the checks read what the services wrote, not what their REST APIs show. */
public final class Sql {

    private final String jdbcUrl;

    public Sql(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Every row as its columns' text ({@code null} stays null), in the query's order. */
    public List<List<String>> rows(String query, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<List<String>> rows = new ArrayList<>();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Runs one data-changing statement; returns the rows it changed. */
    public int execute(String statement, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            return prepared.executeUpdate();
        }
    }

    /** The first column of every row. */
    public List<String> column(String query, Object... parameters) throws SQLException {
        return rows(query, parameters).stream().map(row -> row.get(0)).toList();
    }

    public long count(String query, Object... parameters) throws SQLException {
        return Long.parseLong(column(query, parameters).get(0));
    }

    /**
     * An order-independent checksum of a query's rows: md5 over the sorted text of every row, and the row count
     * (e.g. {@code 1234:9f0e...}).
     */
    public String checksum(String query) throws SQLException {
        return column("SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, '|' ORDER BY r::text)), '-')"
                + " FROM (" + query + ") r").get(0);
    }
}
