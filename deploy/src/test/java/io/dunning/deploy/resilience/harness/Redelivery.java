package io.dunning.deploy.resilience.harness;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Delivers records again as a broker or producer retry would: every record of the topics from offset 0 once more, and
 * a seeded random share of them {@code extraCopies} times more (identical partition, key, headers and bytes).
 */
public final class Redelivery {

    /** What was produced. */
    public record Copies(int records, int redeliveredTwiceMore, int produced) {
    }

    private final String bootstrapServers;

    public Redelivery(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public Copies replay(Collection<String> topics, double share, int extraCopies, long seed) {
        List<ConsumerRecord<byte[], byte[]>> records = new KafkaTopics(bootstrapServers).readAll(topics);
        Random random = new Random(seed);
        int chosen = 0;
        int produced = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<byte[], byte[]> r : records) {
                int copies = 1;
                if (random.nextDouble() < share) {
                    copies += extraCopies;
                    chosen++;
                }
                for (int i = 0; i < copies; i++) {
                    producer.send(new ProducerRecord<>(r.topic(), r.partition(), r.key(), r.value(), r.headers()));
                    produced++;
                }
            }
            producer.flush();
        }
        return new Copies(records.size(), chosen, produced);
    }
}
