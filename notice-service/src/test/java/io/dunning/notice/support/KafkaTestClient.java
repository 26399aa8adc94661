package io.dunning.notice.support;

import io.dunning.deploy.infra.TestKafkaClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The shared {@link TestKafkaClient}, sending as case-service does ({@code ce_source} /dunning/case-service). */
public final class KafkaTestClient {

    private KafkaTestClient() {
    }

    /** Sends like case-service: key = loan id, a fresh ce_id, ce_* headers, JSON body; waits for the ack. */
    public static void send(String topic, String loanId, String ceType, byte[] body) {
        TestKafkaClient.send(topic, loanId, UUID.randomUUID().toString(), ceType, "/dunning/case-service", body);
    }

    /** As {@link #send(String, String, String, byte[])} with a given ce_id (null: none), e.g. to redeliver. */
    public static void send(String topic, String loanId, String ceId, String ceType, byte[] body) {
        TestKafkaClient.send(topic, loanId, ceId, ceType, "/dunning/case-service", body);
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
