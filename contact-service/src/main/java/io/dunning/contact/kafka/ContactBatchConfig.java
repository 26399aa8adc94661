package io.dunning.contact.kafka;

import io.dunning.platform.kafka.BatchListenerContainers;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The container factory of the projections listener: Boot's settings (concurrency 3, the dead-letter error handler
 * of config.DeadLetterConfig), but batch listening with offsets committed after the whole poll
 * ({@link ContactEventsListener}).
 */
@Configuration(proxyBeanMethods = false)
class ContactBatchConfig {

    static final String BATCH_FACTORY = "contactBatchListenerContainerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> contactBatchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        return BatchListenerContainers.factory(configurer, consumers);
    }
}
