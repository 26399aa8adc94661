package io.dunning.processing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.junit.jupiter.api.Test;

/** The meters the alerts and dashboards read stay; the rest of Axon's monitors are gone. */
class ProcessorMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aStreamingProcessorReportsItsLatencyAndCountsByProcessorNameOnly() {
        MessageMonitor<Message<?>> monitor = ProcessorMetricsAutoConfiguration.processorMonitor(meters, "case-view");

        monitor.onMessageIngested(GenericEventMessage.asEventMessage("an event")).reportSuccess();

        assertThat(meters.get("eventProcessor.latency").tag("processorName", "case-view").gauge()).isNotNull();
        assertThat(meters.get("eventProcessor.processedCounter").tag("processorName", "case-view").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags())
                .extracting(tag -> tag.getKey()).containsExactly("processorName"));
    }

    @Test
    void theCommandBusAndSubscribingProcessorsGetNoMonitor() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        new ProcessorMetricsAutoConfiguration().metricsConfigurerModule(new GlobalMetricRegistry(meters))
                .configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();

        assertThat(configuration.messageMonitor(SimpleCommandBus.class, "commandBus"))
                .isSameAs(NoOpMessageMonitor.instance());
        assertThat(configuration.messageMonitor(SubscribingEventProcessor.class, "open-cases"))
                .isSameAs(NoOpMessageMonitor.instance());
        assertThat(configuration.messageMonitor(TrackingEventProcessor.class, "case-view"))
                .isNotSameAs(NoOpMessageMonitor.instance());
    }
}
