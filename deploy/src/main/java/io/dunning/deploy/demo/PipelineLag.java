package io.dunning.deploy.demo;

import io.dunning.events.Topics;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many records each service still has to consume: the end offsets of the topics it reads minus the offsets
 * its consumer group committed (Kafka Admin). The demo paces its simulated days on case-service's lag and waits for
 * every lag to be zero before it reads the reports, so the summary never shows a half-processed portfolio.
 */
final class PipelineLag implements AutoCloseable {

    /** A service's consumer group and the topics it reads. */
    record Stage(String service, String group, List<String> topics) {
    }

    static final Stage CASE_SERVICE = new Stage("case-service", "corebanking-inbound",
            List.of(Topics.CORE_BANKING_LOAN_EVENTS));
    static final List<Stage> STAGES = List.of(CASE_SERVICE,
            new Stage("notice-service", "case-events-inbound", List.of(Topics.CASE_EVENTS)),
            new Stage("contact-service", "contact-projections", List.of(Topics.CASE_EVENTS, Topics.NOTICE_EVENTS)));

    private final Admin admin;

    PipelineLag(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(properties);
    }

    /** Records the stage has not consumed yet; {@link Long#MAX_VALUE} when Kafka cannot tell (no group yet). */
    long of(Stage stage) throws InterruptedException {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(stage.group())
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (String topic : stage.topics()) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
            return admin.listOffsets(latest).all().get().entrySet().stream().mapToLong(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue().offset() - (done == null ? 0 : done.offset());
            }).sum();
        } catch (ExecutionException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Every stage's lag, in pipeline order. */
    Map<String, Long> all() throws InterruptedException {
        Map<String, Long> lags = new LinkedHashMap<>();
        for (Stage stage : STAGES) {
            lags.put(stage.service(), of(stage));
        }
        return lags;
    }

    /** Waits until the stage's lag is at most {@code allowed} or {@code timeout} passes; the last lag seen. */
    long awaitAtMost(Stage stage, long allowed, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long left = of(stage);
        while (left > allowed && System.nanoTime() < deadline) {
            Thread.sleep(200);
            left = of(stage);
        }
        return left;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
