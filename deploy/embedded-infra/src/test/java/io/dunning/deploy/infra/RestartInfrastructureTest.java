package io.dunning.deploy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.Topics;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL and the broker stopped and started again within one launch keep their port and their data. */
class RestartInfrastructureTest {

    @TempDir
    Path workingDirectory;

    @Test
    void postgresComesBackOnTheSamePortWithItsData() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.start(workingDirectory, 0)) {
            int port = postgres.port();
            sql(postgres, "CREATE TABLE survivor (id INT); INSERT INTO survivor VALUES (7)");
            postgres.stop();
            postgres.restart();
            assertThat(postgres.port()).isEqualTo(port);
            assertThat(sql(postgres, "SELECT id FROM survivor")).isEqualTo(7);
        }
    }

    @Test
    void theBrokerComesBackOnTheSamePortWithItsRecords() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (LocalKafka kafka = LocalKafka.start(port)) {
            send(kafka, "before");
            kafka.stopBroker();
            kafka.startBroker();
            assertThat(kafka.bootstrapServers()).endsWith(":" + port);
            send(kafka, "after");
            assertThat(read(kafka, 2)).containsExactly("before", "after");
        }
    }

    private static void send(LocalKafka kafka, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.CASE_EVENTS, 0, "k", value)).get();
        }
    }

    private static List<String> read(LocalKafka kafka, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "restart-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(Topics.CASE_EVENTS, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }

    private static int sql(LocalPostgres postgres, String statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), LocalPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            if (statement.execute(statements)) {
                try (ResultSet rows = statement.getResultSet()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
            return 0;
        }
    }
}
