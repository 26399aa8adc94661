package io.dunning.cases.config;

import io.dunning.events.Topics;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Topics and delivery behaviour of case-service on Kafka ({@code dunning.case.kafka.*}); broker address, acks and
 * idempotence are Spring Boot's {@code spring.kafka.*}.
 *
 * @param inboundTopic        the core-banking topic consumed ({@code <inbound-topic>.DLT} receives what cannot be processed)
 * @param caseEventsTopic     the topic every case event is published to (with its {@code .DLT} twin)
 * @param noticeEventsTopic   the notice-service topic consumed: letters sent, delivered, returned; SMS sent or failed
 *                            ({@code <notice-events-topic>.DLT} receives what cannot be processed)
 * @param partitions          partitions of the topics created at startup (key = loan id)
 * @param replicas            replication factor of the topics created at startup
 * @param retryAttempts       retries of a record that failed for a transient reason before it goes to the DLT
 * @param retryInitialBackoff wait before the first retry; doubles on each further retry
 * @param retryMaxBackoff     upper bound of the wait between retries
 * @param sendTimeout         how long the publisher waits for the broker's acknowledgement before it retries the batch
 * @param inboundDeadLetterRetention how long the core-banking {@code .DLT} keeps a record. Those records are core
 *                            banking's own, personal data in clear (names, identity numbers, phones, addresses), so
 *                            they are kept only as long as ops need to fix and replay them (default 14 days)
 */
@ConfigurationProperties("dunning.case.kafka")
public record CaseKafkaProperties(
        @DefaultValue(Topics.CORE_BANKING_LOAN_EVENTS) String inboundTopic,
        @DefaultValue(Topics.CASE_EVENTS) String caseEventsTopic,
        @DefaultValue(Topics.NOTICE_EVENTS) String noticeEventsTopic,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas,
        @DefaultValue("3") int retryAttempts,
        @DefaultValue("PT0.5S") Duration retryInitialBackoff,
        @DefaultValue("PT5S") Duration retryMaxBackoff,
        @DefaultValue("PT60S") Duration sendTimeout,
        @DefaultValue("P14D") Duration inboundDeadLetterRetention) {

    public String inboundDeadLetterTopic() {
        return Topics.deadLetterTopicOf(inboundTopic);
    }
}
