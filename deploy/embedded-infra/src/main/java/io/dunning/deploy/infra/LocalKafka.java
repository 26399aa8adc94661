package io.dunning.deploy.infra;

import io.dunning.events.Topics;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kafka.server.BrokerServer;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft Kafka broker in this JVM (spring-kafka-test), with every topic of the published
 * language and its {@code .DLT} twin. Its log directory is a temporary one owned by Kafka's test kit:
 * topics start empty on every launch (PostgreSQL, which holds the event store and tokens, persists).
 * <p>
 * The broker can be stopped and started again within one launch ({@link #stopBroker()}, {@link #startBroker()}):
 * same log directory, same client port, the records survive (for the resilience tests). Its client port must then be
 * a fixed one: a broker started on port 0 would come back on another port.
 */
public final class LocalKafka implements AutoCloseable {

    public static final int PARTITIONS = 3;
    public static final List<String> TOPICS = Stream.of(
                    Topics.CORE_BANKING_LOAN_EVENTS, Topics.CASE_EVENTS, Topics.NOTICE_EVENTS)
            .flatMap(topic -> Stream.of(topic, Topics.deadLetterTopicOf(topic)))
            .toList();

    private final EmbeddedKafkaKraftBroker broker;
    private final int port;

    private LocalKafka(EmbeddedKafkaKraftBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    public static LocalKafka start(int port) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        Map<String, String> properties = new HashMap<>(Map.of(
                // a wrong topic name in a service should fail loudly, not create a topic
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0"));
        if (port > 0) {
            // kafkaPorts(..) is ignored by the KRaft broker of spring-kafka-test 3.3: override the test kit's
            // listeners instead (client listener on the fixed port, controller listener on a free one)
            properties.put("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
        }
        broker.brokerProperties(properties);
        broker.afterPropertiesSet();
        broker.addTopics(TOPICS.stream()
                .map(topic -> new NewTopic(topic, PARTITIONS, (short) 1))
                .toArray(NewTopic[]::new));
        return new LocalKafka(broker, port);
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    /**
     * Shuts the broker down as a crash of its host would look to clients (connections refused), keeping its log
     * directory; the KRaft controller of the test kit stays up, so {@link #startBroker()} can bring it back.
     */
    public void stopBroker() {
        requireFixedPort();
        brokers().forEach(BrokerServer::shutdown);
        brokers().forEach(BrokerServer::awaitShutdown);
    }

    /** Starts the broker {@link #stopBroker() stopped} before, on the same port and log directory. */
    public void startBroker() {
        requireFixedPort();
        brokers().forEach(BrokerServer::startup);
    }

    private Collection<BrokerServer> brokers() {
        return broker.getCluster().brokers().values();
    }

    private void requireFixedPort() {
        if (port <= 0) {
            throw new IllegalStateException("a broker on a free port (0) cannot be restarted on the same port");
        }
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
