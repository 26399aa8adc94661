package io.dunning.notice.config;

import io.dunning.events.Topics;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topics and delivery behaviour of notice-service on Kafka ({@code dunning.notice.kafka.*}); broker address, acks
 * and idempotence are Spring Boot's {@code spring.kafka.*}.
 *
 * @param caseEventsTopic     the case topic consumed ({@code <topic>.DLT} receives what cannot be processed)
 * @param noticeEventsTopic   the topic every notice event is published to
 * @param partitions          partitions of the topics created at startup (key = loan id)
 * @param replicas            replication factor of the topics created at startup
 * @param retryAttempts       retries of a record that failed for a transient reason before it goes to the DLT
 * @param retryInitialBackoff wait before the first retry; doubles on each further retry
 * @param retryMaxBackoff     upper bound of the wait between retries
 * @param sendTimeout         how long the publisher waits for the broker's acknowledgement before it retries
 */
@ConfigurationProperties("dunning.notice.kafka")
public record NoticeKafkaProperties(
        @DefaultValue(Topics.CASE_EVENTS) String caseEventsTopic,
        @DefaultValue(Topics.NOTICE_EVENTS) String noticeEventsTopic,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("PT0.5S") Duration retryInitialBackoff,
        @DefaultValue("PT5S") Duration retryMaxBackoff,
        @DefaultValue("PT60S") Duration sendTimeout) {
}
