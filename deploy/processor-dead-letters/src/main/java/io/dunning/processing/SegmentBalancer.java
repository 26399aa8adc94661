package io.dunning.processing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a second instance of a service take its share of a tracking processor's segments (docs/adr/0014). Without
 * Axon Server nothing balances token claims: the instance that starts first claims every segment, and the others
 * idle until it dies. Every {@code interval}, for each named processor that holds <em>all</em> its segments (and
 * has at least two), this releases one segment for {@code release}; another instance's idle worker claims it within
 * its token claim interval, and if there is none, this instance claims it back when the release ends. Once another
 * instance holds a segment, nothing more is released: no churn, and a survivor of a crash keeps everything it took
 * over until a new instance appears.
 * <p>
 * The price on a lone instance: one segment pauses for about {@code release} (+ one claim interval) every
 * {@code interval}. A zero or negative interval turns the balancer off.
 */
public final class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final List<String> processors;
    private final Duration interval;
    private final Duration release;
    private ScheduledExecutorService scheduler;

    private SegmentBalancer(List<String> processors, Duration interval, Duration release) {
        this.processors = List.copyOf(processors);
        this.interval = interval;
        this.release = release;
    }

    /** Registers a balancer for the given tracking processors that starts and stops with Axon's configuration. */
    public static ConfigurerModule module(List<String> processors, Duration interval, Duration release) {
        SegmentBalancer balancer = new SegmentBalancer(processors, interval, release);
        return configurer -> configurer.onInitialize(config -> {
            config.onStart(Phase.INBOUND_EVENT_CONNECTORS + 10, () -> balancer.start(config));
            config.onShutdown(Phase.INBOUND_EVENT_CONNECTORS + 10, balancer::stop);
        });
    }

    private synchronized void start(Configuration config) {
        if (interval.isZero() || interval.isNegative() || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> balance(config), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void balance(Configuration config) {
        for (String name : processors) {
            try {
                config.eventProcessingConfiguration().eventProcessor(name, TrackingEventProcessor.class)
                        .ifPresent(this::releaseOneIfHoldingAll);
            } catch (RuntimeException e) {
                log.warn("Segment balancer could not inspect processor {}: {}", name, e.toString());
            }
        }
    }

    private void releaseOneIfHoldingAll(TrackingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (held.size() < 2 || !coversEverySegment(held)) {
            return;
        }
        int segment = held.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        log.info("Processor {} holds all {} segments: releasing segment {} for {} ms so another instance can claim it",
                processor.getName(), held.size(), segment, release.toMillis());
        processor.releaseSegment(segment, release.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The held segments cover the whole event stream: their shares (1 / (mask + 1) each) add up to one. */
    static boolean coversEverySegment(Map<Integer, EventTrackerStatus> held) {
        double share = held.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return share > 0.999;
    }
}
