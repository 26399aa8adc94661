package io.dunning.contact.web;

import io.dunning.contact.worklist.WorklistItemView;
import io.dunning.contact.worklist.WorklistQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The collectors' worklist (R4.4): open cases, highest priority first; optionally of one branch. */
@RestController
class WorklistController {

    private final WorklistQueries queries;
    private final Paging paging;

    WorklistController(WorklistQueries queries, Paging paging) {
        this.queries = queries;
        this.paging = paging;
    }

    @GetMapping("/worklist")
    Mono<PageView<WorklistItemView>> worklist(@RequestParam(required = false) String branchId,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        Paging.Window w = paging.window(page, size);
        return Mono.fromCallable(() -> new PageView<>(queries.page(branchId, w.offset(), w.size()), w.page(),
                w.size(), queries.count(branchId))).subscribeOn(Schedulers.boundedElastic());
    }
}
