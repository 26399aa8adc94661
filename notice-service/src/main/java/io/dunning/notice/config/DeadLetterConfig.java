package io.dunning.notice.config;

import io.dunning.notice.kafka.DeadLetterReasons;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What the case-events listener does with a record it cannot process (DESIGN.md 4): invalid records (missing
 * CloudEvents id, unparseable or invalid body) go to {@code <topic>.DLT} at once; anything else is
 * retried with exponential backoff a bounded number of times, then goes to the DLT too. Either way the offset is
 * committed and the partition keeps moving. The DLT record keeps key and value; the producer picks its partition
 * (by key). Headers: Spring's {@code kafka_dlt-*} (original topic/partition/offset, exception class and message)
 * plus {@value DeadLetterReasons#REASON_HEADER} (clear text) and {@value DeadLetterReasons#REASON_TAG_HEADER}.
 * Boot wires this single {@code CommonErrorHandler} bean into its listener container factory.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfig {

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> kafkaTemplate, NoticeKafkaProperties properties,
                                          MeterRegistry meterRegistry) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        publisher.setHeadersFunction((record, failure) -> new RecordHeaders(new RecordHeader[] {
                new RecordHeader(DeadLetterReasons.REASON_HEADER,
                        DeadLetterReasons.describe(failure).getBytes(StandardCharsets.UTF_8)),
                new RecordHeader(DeadLetterReasons.REASON_TAG_HEADER,
                        DeadLetterReasons.tag(failure).getBytes(StandardCharsets.UTF_8))}));
        ConsumerRecordRecoverer countingPublisher = (record, failure) -> {
            publisher.accept(record, failure);
            meterRegistry.counter("dunning.dlt.records", "topic", Topics.deadLetterTopicOf(record.topic()),
                    "reason", DeadLetterReasons.tag(failure)).increment();
        };
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(properties.retryAttempts());
        backOff.setInitialInterval(properties.retryInitialBackoff().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(countingPublisher, backOff);
        handler.addNotRetryableExceptions(DeadLetterReasons.notRetryable());
        return handler;
    }
}
