package io.dunning.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.Topics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's infrastructure half, on free ports: real PostgreSQL, real broker, no services. */
class LocalInfrastructureTest {

    @TempDir
    Path workingDirectory;

    @Test
    void startsPostgresWithTheServiceDatabasesAndKafkaWithEveryTopicAndItsDeadLetterTwin() throws Exception {
        try (LocalInfrastructure infra = LocalInfrastructure.start(settings(false))) {
            assertThat(databases(infra)).containsAll(LocalPostgres.DATABASES);

            Map<String, TopicDescription> topics = describe(infra, LocalKafka.TOPICS);
            assertThat(topics.keySet()).containsExactlyInAnyOrder(
                    Topics.CORE_BANKING_LOAN_EVENTS, Topics.CORE_BANKING_LOAN_EVENTS + ".DLT",
                    Topics.CASE_EVENTS, Topics.CASE_EVENTS + ".DLT",
                    Topics.NOTICE_EVENTS, Topics.NOTICE_EVENTS + ".DLT");
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }

    @Test
    void keepsPostgresDataAcrossRestartsUnlessFresh() throws Exception {
        Path dataDirectory = workingDirectory.resolve(".dunning");
        try (LocalPostgres postgres = LocalPostgres.start(dataDirectory, 0)) {
            execute(postgres, "CREATE TABLE survivor (id INT)");
        }
        try (LocalPostgres postgres = LocalPostgres.start(dataDirectory, 0)) {
            assertThat(tableExists(postgres, "survivor")).isTrue();
        }
        try (LocalInfrastructure infra = LocalInfrastructure.start(settings(true))) {
            assertThat(tableExists(infra.postgres(), "survivor")).isFalse();
            assertThat(databases(infra)).containsAll(LocalPostgres.DATABASES);
        }
    }

    private InfrastructureSettings settings(boolean fresh) {
        return new InfrastructureSettings(workingDirectory.resolve(".dunning"), 0, 0, fresh);
    }

    private static List<String> databases(LocalInfrastructure infra) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = connect(infra.postgres(), "postgres");
             ResultSet rows = connection.createStatement().executeQuery("SELECT datname FROM pg_database")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static void execute(LocalPostgres postgres, String sql) throws SQLException {
        try (Connection connection = connect(postgres, "dunning_case"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static boolean tableExists(LocalPostgres postgres, String table) throws SQLException {
        try (Connection connection = connect(postgres, "dunning_case");
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT 1 FROM information_schema.tables WHERE table_name = '" + table + "'")) {
            return rows.next();
        }
    }

    private static Connection connect(LocalPostgres postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), LocalPostgres.USER, "");
    }

    private static Map<String, TopicDescription> describe(LocalInfrastructure infra, List<String> topics)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infra.kafka().bootstrapServers()))) {
            return admin.describeTopics(topics).allTopicNames().get();
        }
    }
}
