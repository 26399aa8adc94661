package io.dunning.cases.config;

import io.dunning.events.cases.CaseEvent;
import io.dunning.processing.SegmentBalancer;
import io.dunning.processing.SequenceBy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event processors and how they fail.
 * <ul>
 *   <li>{@value #OPEN_CASE_LOOKUP}: subscribing, runs inside the command's unit of work and transaction, so the
 *   one-open-case-per-loan table commits (or rolls back) with the events.</li>
 *   <li>{@value #CASE_EVENTS_PUBLISHER}: tracking, own thread, publishes to Kafka and stores its token only after the
 *   broker acknowledged the batch.</li>
 *   <li>{@value #CASE_VIEW}: tracking, the case_view read model in the same database as its token.</li>
 * </ul>
 * Every handler error propagates ({@link PropagatingErrorHandler}) instead of Axon's default
 * {@code LoggingErrorHandler}, which would log and move the token past the event: a failed lookup update fails the
 * command, a failed send or projection update rolls the batch back and the processor retries it.
 * <p>
 * Both tracking processors run {@code dunning.case.processors.segments} segments (default 2) with as many threads,
 * so two instances share them and a survivor takes all; {@link SegmentBalancer} hands a segment to a second instance
 * (docs/adr/0014). case-view keeps Axon's default sequencing, per aggregate (= per case, one case_view row each); the
 * publisher sequences per loan ({@link SequenceBy}), so every event of a loan, of all its cases, is published in the
 * event store's order (key = loan id).
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorConfig {

    public static final String OPEN_CASE_LOOKUP = "open-case-lookup";
    public static final String CASE_EVENTS_PUBLISHER = "case-events-publisher";
    public static final String CASE_VIEW = "case-view";

    @Bean
    ConfigurerModule caseServiceEventProcessors(ProcessorProperties properties) {
        return configurer -> configure(configurer.eventProcessing(), properties);
    }

    @Bean
    ConfigurerModule caseServiceSegmentBalancer(ProcessorProperties properties) {
        return SegmentBalancer.module(List.of(CASE_EVENTS_PUBLISHER, CASE_VIEW), properties.balanceInterval(),
                properties.releaseDuration());
    }

    /** The publisher's order: per loan, over all the loan's cases (docs/adr/0014). */
    static SequencingPolicy<EventMessage<?>> publisherSequencing() {
        return SequenceBy.payload(CaseEvent.class, event -> event.loanId().value());
    }

    private static TrackingEventProcessorConfiguration segmented(ProcessorProperties properties, int batchSize) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(properties.segments())
                .andBatchSize(batchSize)
                .andTokenClaimInterval(properties.tokenClaimInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void configure(EventProcessingConfigurer processing, ProcessorProperties properties) {
        processing
                .registerSubscribingEventProcessor(OPEN_CASE_LOOKUP)
                .registerTrackingEventProcessor(CASE_EVENTS_PUBLISHER,
                        org.axonframework.config.Configuration::eventStore,
                        c -> segmented(properties, properties.publisherBatchSize()))
                .registerSequencingPolicy(CASE_EVENTS_PUBLISHER, c -> publisherSequencing())
                .registerTrackingEventProcessor(CASE_VIEW,
                        org.axonframework.config.Configuration::eventStore,
                        c -> segmented(properties, properties.caseViewBatchSize()))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(OPEN_CASE_LOOKUP, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(CASE_EVENTS_PUBLISHER, c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(CASE_VIEW, c -> PropagatingErrorHandler.instance());
    }
}
