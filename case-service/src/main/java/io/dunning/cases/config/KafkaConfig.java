package io.dunning.cases.config;

import io.dunning.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics case-service reads and writes, each with its {@code .DLT} twin, created at startup if missing. The
 * producer (idempotent, {@code acks=all}, String key, byte[] value) and the consumer (manual offsets after the
 * listener returned, byte[] value) are Spring Boot's, configured in application.yml; the dead-letter handling of
 * the consumer is {@code io.dunning.cases.kafka.DeadLetterHandling}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    KafkaAdmin.NewTopics caseServiceTopics(CaseKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(properties.inboundTopic(), properties),
                personalDataDeadLetterTopic(properties),
                topic(properties.caseEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.caseEventsTopic()), properties),
                topic(properties.noticeEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.noticeEventsTopic()), properties));
    }

    private static NewTopic topic(String name, CaseKafkaProperties properties) {
        return builder(name, properties).build();
    }

    /**
     * The core-banking DLT holds core banking's records as sent, personal data in clear: short retention. An existing
     * topic gets it too ({@code spring.kafka.admin.modify-topic-configs: true} alters differing configs at start-up).
     */
    private static NewTopic personalDataDeadLetterTopic(CaseKafkaProperties properties) {
        return builder(properties.inboundDeadLetterTopic(), properties)
                .config(TopicConfig.RETENTION_MS_CONFIG,
                        String.valueOf(properties.inboundDeadLetterRetention().toMillis()))
                .build();
    }

    private static TopicBuilder builder(String name, CaseKafkaProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas());
    }
}
