package io.dunning.cases.support;

import io.dunning.deploy.infra.TestKafkaClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The shared {@link TestKafkaClient}, sending as core banking does ({@code ce_source} /core-banking). */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Sends like core banking: key = loan id, a fresh ce_id, ce_* headers, JSON body; waits for the ack. */
    public static void send(String topic, String loanId, String ceType, byte[] body) {
        TestKafkaClient.send(topic, loanId, UUID.randomUUID().toString(), ceType, "/core-banking", body);
    }

    /** Sends with the given CloudEvents id and source (a redelivery keeps its ce_id); waits for the ack. */
    public static void send(String topic, String loanId, String ceId, String ceType, String source, byte[] body) {
        TestKafkaClient.send(topic, loanId, ceId, ceType, source, body);
    }

    public static void send(String topic, String loanId, String ceType, String body) {
        send(topic, loanId, ceType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static List<ConsumerRecord<String, byte[]>> read(String topic, String key, int expected,
                                                           Duration timeout, Duration settle) {
        return TestKafkaClient.read(topic, key, expected, timeout, settle);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return TestKafkaClient.header(record, name);
    }
}
