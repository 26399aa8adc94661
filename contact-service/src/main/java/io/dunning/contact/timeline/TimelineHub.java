package io.dunning.contact.timeline;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * In-process push of timeline entries to SSE subscribers, fed AFTER the projection's transaction committed (so a
 * subscriber never sees an entry that was rolled back). One instance only: with several instances a subscriber
 * sees the live entries of the records its own instance consumed; a shared channel (PostgreSQL LISTEN/NOTIFY or a
 * Kafka topic of entries) would lift that limit.
 * <p>
 * On shutdown it ends every live stream first: an SSE response never ends by itself, so the web server's graceful
 * shutdown (a later lifecycle phase) would otherwise wait out its whole timeout (30 s) for each open one.
 */
@Component
public class TimelineHub implements SmartLifecycle {

    private final Sinks.Many<TimelineEntryView> sink = Sinks.many().multicast().directBestEffort();
    private volatile boolean running;

    public void publish(List<TimelineEntryView> entries) {
        entries.forEach(entry -> sink.emitNext(entry, Sinks.EmitFailureHandler.busyLooping(
                java.time.Duration.ofMillis(100))));
    }

    /**
     * Whether anyone listens. Asked after the commit: a stream that subscribes later runs its replay query after
     * that commit too, so it finds the entry there.
     */
    public boolean hasSubscribers() {
        return sink.currentSubscriberCount() > 0;
    }

    /** The live entries; completes when the service shuts down. */
    public Flux<TimelineEntryView> live() {
        return sink.asFlux();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Completes the live flux; entries published after this are dropped (the service is going down). */
    @Override
    public void stop() {
        running = false;
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server's graceful shutdown (phase {@code DEFAULT_PHASE - 1024}): the higher phase stops first. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
