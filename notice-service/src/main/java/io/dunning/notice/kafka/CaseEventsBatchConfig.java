package io.dunning.notice.kafka;

import io.dunning.platform.kafka.BatchListenerContainers;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The container factory of the case-events listener: Boot's settings (concurrency, the dead-letter error handler of
 * config.DeadLetterConfig), but batch listening with offsets committed after the whole poll
 * ({@link CaseEventsListener}; records per poll: {@code dunning.notice.kafka.case-events-batch.max-records}).
 */
@Configuration(proxyBeanMethods = false)
class CaseEventsBatchConfig {

    static final String BATCH_FACTORY = "caseEventsBatchListenerContainerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> caseEventsBatchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        return BatchListenerContainers.factory(configurer, consumers);
    }
}
