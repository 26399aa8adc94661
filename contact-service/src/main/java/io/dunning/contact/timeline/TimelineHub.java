package io.dunning.contact.timeline;

import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * In-process push of timeline entries to SSE subscribers, fed AFTER the projection's transaction committed (so a
 * subscriber never sees an entry that was rolled back). One instance only: with several instances a subscriber
 * sees the live entries of the records its own instance consumed; a shared channel (PostgreSQL LISTEN/NOTIFY or a
 * Kafka topic of entries) would lift that limit.
 */
@Component
public class TimelineHub {

    private final Sinks.Many<TimelineEntryView> sink = Sinks.many().multicast().directBestEffort();

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

    public Flux<TimelineEntryView> live() {
        return sink.asFlux();
    }
}
