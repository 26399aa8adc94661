package io.dunning.cases.config;

import io.dunning.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
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
                topic(Topics.deadLetterTopicOf(properties.inboundTopic()), properties),
                topic(properties.caseEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.caseEventsTopic()), properties),
                topic(properties.noticeEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.noticeEventsTopic()), properties));
    }

    private static NewTopic topic(String name, CaseKafkaProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }
}
