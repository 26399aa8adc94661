package io.dunning.cases.config;

import io.dunning.platform.kafka.BatchListenerContainers;
import org.springframework.boot.autoconfigure.kafka.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * The listener container factory of the core-banking and notice-events listeners: Boot's settings (concurrency, the
 * dead-letter error handler of DeadLetterConfig), but batch listening with offsets committed after the whole poll
 * ({@code io.dunning.cases.kafka.CoreBankingBatchListener}, {@code NoticeEventsListener}; records per poll: {@code
 * dunning.case.kafka.inbound-batch.max-records}, {@code notice-batch.max-records}). Other listeners keep Boot's
 * per-record factory.
 */
@Configuration(proxyBeanMethods = false)
public class InboundBatchConfig {

    public static final String BATCH_FACTORY = "inboundBatchListenerContainerFactory";

    @Bean(BATCH_FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> inboundBatchListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        return BatchListenerContainers.factory(configurer, consumers);
    }
}
