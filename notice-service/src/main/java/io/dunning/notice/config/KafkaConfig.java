package io.dunning.notice.config;

import io.dunning.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics notice-service reads and writes, each with its {@code .DLT} twin, created at startup if missing.
 * Producer (idempotent, {@code acks=all}) and consumer (manual offsets, byte[] value) are configured in
 * application.yml; dead-letter handling is {@link DeadLetterConfig}.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfig {

    @Bean
    KafkaAdmin.NewTopics noticeServiceTopics(NoticeKafkaProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(properties.caseEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.caseEventsTopic()), properties),
                topic(properties.noticeEventsTopic(), properties),
                topic(Topics.deadLetterTopicOf(properties.noticeEventsTopic()), properties));
    }

    private static NewTopic topic(String name, NoticeKafkaProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicas()).build();
    }
}
