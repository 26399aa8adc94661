package io.dunning.deploy.demo;

import io.dunning.events.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many core-banking records case-service has not consumed yet: the end offsets of the inbound topic minus
 * the offsets its consumer group committed. The demo waits for zero before it shows what case-service made of
 * the portfolio, so its summary never shows a half-processed state.
 */
final class InboundLag implements AutoCloseable {

    static final String CASE_SERVICE_GROUP = "corebanking-inbound";

    private final Admin admin;

    InboundLag(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
    }

    long remaining() throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(CASE_SERVICE_GROUP)
                    .partitionsToOffsetAndMetadata().get();
            var partitions = admin.describeTopics(java.util.List.of(Topics.CORE_BANKING_LOAN_EVENTS))
                    .allTopicNames().get().get(Topics.CORE_BANKING_LOAN_EVENTS).partitions().stream()
                    .map(info -> new TopicPartition(Topics.CORE_BANKING_LOAN_EVENTS, info.partition()))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(partitions).all().get();
            return ends.entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue().offset() - (done == null ? 0 : done.offset());
            }).sum();
        } catch (ExecutionException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Waits until nothing is left or {@code timeout} passes; true when caught up. */
    boolean awaitCaughtUp(Duration timeout, java.util.function.LongConsumer progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left = remaining();
        while (left > 0 && System.nanoTime() < deadline) {
            progress.accept(left);
            Thread.sleep(2_000);
            left = remaining();
        }
        return left == 0;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
