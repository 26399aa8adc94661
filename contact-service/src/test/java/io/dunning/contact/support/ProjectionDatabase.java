package io.dunning.contact.support;

import io.dunning.deploy.infra.SharedTestInfrastructure;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A JdbcTemplate on the migrated dunning_contact database, for projection tests without Spring. */
public final class ProjectionDatabase {

    private static JdbcTemplate jdbc;

    private ProjectionDatabase() {
    }

    public static synchronized JdbcTemplate jdbc() {
        if (jdbc == null) {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(
                    SharedTestInfrastructure.jdbcUrl("dunning_contact"), "postgres", "postgres");
            Flyway.configure().dataSource(dataSource).load().migrate();
            jdbc = new JdbcTemplate(dataSource);
        }
        return jdbc;
    }
}
