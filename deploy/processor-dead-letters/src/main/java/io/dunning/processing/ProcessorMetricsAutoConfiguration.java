package io.dunning.processing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.function.Function;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Axon's message monitors where an operator reads them: the streaming (tracking) processors' lag and counts. Axon's
 * Spring Boot support puts four Micrometer monitors (counters, timer, capacity, latency, each tagged with the
 * message's payload type, so a meter lookup per monitor and message) on every component: the command bus, the event
 * store, the subscribing processors and each streaming processor. In a profile of the benchmark they were a tenth of
 * case-service's CPU, and no alert or dashboard reads most of them (command latency is
 * {@code dunning_command_latency}, publishing {@code dunning_case_events_published_total}). What stays, per
 * streaming processor and tagged with {@code processorName} only: {@code eventProcessor_latency} (the processor-lag
 * alert, the Lag dashboard) and {@code eventProcessor_*Counter_total} (the Errors dashboard).
 * {@code dunning.axon-metrics.processors-only=false} gives every component Axon's monitors again.
 * <p>
 * Runs before Axon's {@code MicrometerMetricsAutoConfiguration}, whose module is {@code @ConditionalOnMissingBean}.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnProperty(name = "dunning.axon-metrics.processors-only", havingValue = "true", matchIfMissing = true)
public class ProcessorMetricsAutoConfiguration {

    static final String PREFIX = "eventProcessor";
    static final String PROCESSOR_NAME = "processorName";

    @Bean
    MetricsConfigurerModule metricsConfigurerModule(GlobalMetricRegistry registry) {
        MeterRegistry meters = registry.getRegistry();
        return new MetricsConfigurerModule(registry, true) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                        StreamingEventProcessor.class.isAssignableFrom(componentType)
                                ? processorMonitor(meters, componentName)
                                : NoOpMessageMonitor.instance());
            }
        };
    }

    /** A processor only ever hands it events; the configurer types every component's monitor for any message. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static MessageMonitor<Message<?>> processorMonitor(MeterRegistry meters, String processorName) {
        Iterable<Tag> tags = Tags.of(PROCESSOR_NAME, processorName);
        Function<Message<?>, Iterable<Tag>> sameTags = message -> tags;
        return (MessageMonitor) new MultiMessageMonitor<EventMessage<?>>(List.of(
                EventProcessorLatencyMonitor.builder().meterNamePrefix(PREFIX).meterRegistry(meters)
                        .tagsBuilder(sameTags).build(),
                MessageCountingMonitor.buildMonitor(PREFIX, meters, sameTags)));
    }
}
