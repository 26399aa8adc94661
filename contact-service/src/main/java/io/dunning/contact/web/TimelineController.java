package io.dunning.contact.web;

import io.dunning.contact.config.ContactProperties;
import io.dunning.contact.timeline.TimelineEntryView;
import io.dunning.contact.timeline.TimelineHub;
import io.dunning.contact.timeline.TimelineQueries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** Contact timelines of a case and of a customer, oldest first, and the live stream of a case's timeline. */
@RestController
class TimelineController {

    private final TimelineQueries queries;
    private final TimelineHub hub;
    private final Paging paging;
    private final int replayLimit;

    TimelineController(TimelineQueries queries, TimelineHub hub, Paging paging, ContactProperties properties) {
        this.queries = queries;
        this.hub = hub;
        this.paging = paging;
        this.replayLimit = properties.stream().replayLimit();
    }

    @GetMapping("/cases/{caseId}/timeline")
    Mono<PageView<TimelineEntryView>> ofCase(@PathVariable String caseId,
                                             @RequestParam(required = false) Integer page,
                                             @RequestParam(required = false) Integer size) {
        Paging.Window w = paging.window(page, size);
        return Mono.fromCallable(() -> pageView(queries.pageOfCase(caseId, w.offset(), w.size()), w))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/customers/{customerId}/timeline")
    Mono<PageView<TimelineEntryView>> ofCustomer(@PathVariable String customerId,
                                                 @RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        Paging.Window w = paging.window(page, size);
        return Mono.fromCallable(() -> pageView(queries.pageOfCustomer(customerId, w.offset(), w.size()), w))
                .subscribeOn(Schedulers.boundedElastic());
    }

    private static PageView<TimelineEntryView> pageView(TimelineQueries.Page page, Paging.Window w) {
        return new PageView<>(page.entries(), w.page(), w.size(), page.total());
    }

    /**
     * Server-sent events: the case's existing entries (oldest first), then every new entry or update of an entry
     * as it is committed. Live entries are buffered from the moment of subscription, so none falls between the
     * replay and the live part; an update already seen in the replay (same entry, version not newer) is dropped.
     * The SSE id is {@code <entryId>.<version>}. Ends when the service shuts down (the client reconnects).
     */
    @GetMapping(path = "/cases/{caseId}/timeline/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    Flux<ServerSentEvent<TimelineEntryView>> stream(@PathVariable String caseId) {
        return Flux.defer(() -> {
            Sinks.Many<TimelineEntryView> buffer = Sinks.many().unicast().onBackpressureBuffer();
            // the hub's completion (shutdown) ends the stream too
            Disposable live = hub.live().filter(e -> e.caseId().equals(caseId)).subscribe(buffer::tryEmitNext,
                    buffer::tryEmitError, buffer::tryEmitComplete);
            Map<Long, Integer> seen = new ConcurrentHashMap<>();
            Flux<TimelineEntryView> replay = Mono.fromCallable(() -> queries.ofCase(caseId, 0, replayLimit))
                    .subscribeOn(Schedulers.boundedElastic()).flatMapIterable(list -> list)
                    .doOnNext(e -> seen.put(e.entryId(), e.version()));
            Flux<TimelineEntryView> fresh = buffer.asFlux()
                    .filter(e -> e.version() > seen.getOrDefault(e.entryId(), 0));
            return Flux.concat(replay, fresh).doFinally(signal -> live.dispose());
        }).map(e -> ServerSentEvent.builder(e).id(e.entryId() + "." + e.version()).event(e.type()).build());
    }
}
