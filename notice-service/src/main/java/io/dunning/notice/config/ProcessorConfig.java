package io.dunning.notice.config;

import io.dunning.events.notice.NoticeEvent;
import io.dunning.processing.SegmentBalancer;
import io.dunning.processing.SequenceBy;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 *   <li>{@value #COURIER_HANDOVER} and {@value #SMS_SENDING}: tracking, own threads, call the courier and the SMS
 *   provider with idempotency keys and record the outcome on the aggregate.</li>
 * </ul>
 * Every handler error propagates ({@link PropagatingErrorHandler}): a failed archive update fails the command, a
 * failed send rolls the batch back and the publisher retries it.
 * <p>
 * The publisher runs {@code dunning.notice.processors.segments} segments (default 2), the two effect processors
 * {@code effect-segments} (default 4: each letter's hand-over waits on the courier's answer), each with as many
 * threads, so two instances share them and a survivor takes all; {@link SegmentBalancer} hands a segment to a second
 * instance (docs/adr/0014). The effect processors keep Axon's default sequencing, per aggregate (= per letter or SMS
 * reminder); the publisher sequences per loan ({@link SequenceBy}), so every event of a loan, of all its letters and
 * SMS, is published in the event store's order (key = loan id).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorConfig {

    public static final String LETTER_ARCHIVE = "letter-archive";
    public static final String NOTICE_EVENTS_PUBLISHER = "notice-events-publisher";
    /** CourierHandover.PROCESSING_GROUP and SmsSending.PROCESSING_GROUP (package-private there). */
    public static final String COURIER_HANDOVER = "courier-handover";
    public static final String SMS_SENDING = "sms-sending";

    @Bean
    ConfigurerModule noticeServiceEventProcessors(ProcessorProperties properties) {
        return configurer -> configure(configurer.eventProcessing(), properties);
    }

    @Bean
    ConfigurerModule noticeServiceSegmentBalancer(ProcessorProperties properties) {
        return SegmentBalancer.module(List.of(NOTICE_EVENTS_PUBLISHER, COURIER_HANDOVER, SMS_SENDING),
                properties.balanceInterval(), properties.releaseDuration());
    }

    private static TrackingEventProcessorConfiguration segmented(ProcessorProperties properties, int batchSize) {
        return segmented(properties.segments(), properties, batchSize);
    }

    private static TrackingEventProcessorConfiguration segmented(int segments, ProcessorProperties properties,
                                                                 int batchSize) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                .andBatchSize(batchSize)
                .andTokenClaimInterval(properties.tokenClaimInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void configure(EventProcessingConfigurer processing, ProcessorProperties properties) {
        processing
                .registerSubscribingEventProcessor(LETTER_ARCHIVE)
                .registerTrackingEventProcessor(NOTICE_EVENTS_PUBLISHER,
                        org.axonframework.config.Configuration::eventStore,
                        c -> segmented(properties, properties.publisherBatchSize()))
                .registerSequencingPolicy(NOTICE_EVENTS_PUBLISHER,
                        c -> SequenceBy.payload(NoticeEvent.class, event -> event.loanId().value()))
                .registerTrackingEventProcessor(COURIER_HANDOVER,
                        org.axonframework.config.Configuration::eventStore,
                        c -> segmented(properties.effectSegments(), properties, 1))
                .registerTrackingEventProcessor(SMS_SENDING,
                        org.axonframework.config.Configuration::eventStore,
                        c -> segmented(properties.effectSegments(), properties, 1))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(LETTER_ARCHIVE, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(NOTICE_EVENTS_PUBLISHER,
                        c -> PropagatingErrorHandler.instance());
    }
}
