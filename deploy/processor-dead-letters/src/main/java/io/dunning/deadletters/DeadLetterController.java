package io.dunning.deadletters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Ops view of the events the processors parked (docs/ops-dead-letters.md): {@code GET /dead-letters} lists, per
 * processing group, the parked sequences; {@code POST /dead-letters/{group}/retry} processes one parked sequence
 * (the least recently touched) once its cause is fixed. Unknown group: problem+json 404. JDBC on bounded-elastic.
 * Each service declares it as a bean beside its {@link DeadLetters}.
 */
@RestController
@RequestMapping("/dead-letters")
public class DeadLetterController {

    /** One processing group: how many events it has parked and its first parked sequences. */
    record GroupView(String group, long parked, List<ParkedSequence> sequences) {
    }

    /** The outcome of a retry: whether a sequence was processed completely, and what is parked after it. */
    record RetryView(String group, boolean processed, long parkedAfter) {
    }

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    Mono<Map<String, GroupView>> all() {
        return blocking(() -> {
            Map<String, GroupView> groups = new LinkedHashMap<>();
            for (String group : deadLetters.groups()) {
                groups.put(group, view(group));
            }
            return groups;
        });
    }

    @GetMapping("/{group}")
    Mono<GroupView> group(@PathVariable("group") String group) {
        return blocking(() -> view(group));
    }

    @PostMapping("/{group}/retry")
    Mono<RetryView> retry(@PathVariable("group") String group) {
        return blocking(() -> {
            boolean processed = deadLetters.retryOne(group);
            return new RetryView(group, processed, deadLetters.parkedCount(group));
        });
    }

    private GroupView view(String group) {
        return new GroupView(group, deadLetters.parkedCount(group), deadLetters.parked(group));
    }

    private static <T> Mono<T> blocking(Callable<T> call) {
        return Mono.fromCallable(call).subscribeOn(Schedulers.boundedElastic());
    }
}
