package io.dunning.notice.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event processors of notice-service and how they fail.
 * <ul>
 *   <li>{@value #LETTER_ARCHIVE}: subscribing, runs inside the command's unit of work and transaction, so the
 *   archive row of a letter (state, waybill, delivery proof, returned item) commits with the letter's events.</li>
 *   <li>{@value #NOTICE_EVENTS_PUBLISHER}: tracking, own thread, publishes to Kafka and stores its token only after
 *   the broker acknowledged the batch.</li>
 *   <li>{@code courier-handover} and {@code sms-sending}: tracking with Axon's defaults, own threads, call the
 *   courier and the SMS provider with idempotency keys and record the outcome on the aggregate.</li>
 * </ul>
 * Every handler error propagates ({@link PropagatingErrorHandler}): a failed archive update fails the command, a
 * failed send rolls the batch back and the publisher retries it.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorConfig {

    public static final String LETTER_ARCHIVE = "letter-archive";
    public static final String NOTICE_EVENTS_PUBLISHER = "notice-events-publisher";

    @Bean
    ConfigurerModule noticeServiceEventProcessors(ProcessorProperties properties) {
        return configurer -> configure(configurer.eventProcessing(), properties);
    }

    private static void configure(EventProcessingConfigurer processing, ProcessorProperties properties) {
        processing
                .registerSubscribingEventProcessor(LETTER_ARCHIVE)
                .registerTrackingEventProcessor(NOTICE_EVENTS_PUBLISHER,
                        org.axonframework.config.Configuration::eventStore,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.publisherBatchSize()))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(LETTER_ARCHIVE, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(NOTICE_EVENTS_PUBLISHER,
                        c -> PropagatingErrorHandler.instance());
    }
}
