package io.dunning.cases.web;

import io.dunning.cases.query.CaseView;
import io.dunning.cases.query.CaseViewRepository;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Read side of the case REST API (DESIGN.md 7); the JDBC reads run on the bounded-elastic scheduler. */
@RestController
@RequestMapping("/cases")
class CaseQueryController {

    private final CaseViewRepository views;

    CaseQueryController(CaseViewRepository views) {
        this.views = views;
    }

    /** The cases of a loan, newest first. */
    @GetMapping
    Flux<CaseView> casesOfLoan(@RequestParam("loanId") String loanId) {
        if (loanId.isBlank()) {
            return Flux.error(new InvalidRequestException("loanId", "loanId must not be blank"));
        }
        return blocking(() -> views.findByLoan(loanId.strip())).flatMapIterable(cases -> cases);
    }

    /** The case, with {@code ETag: "<aggregate version>"} to send back as {@code If-Match} with a command. */
    @GetMapping("/{caseId}")
    Mono<ResponseEntity<CaseView>> caseById(@PathVariable("caseId") String caseId) {
        if (!isUuid(caseId)) {
            return Mono.error(new InvalidRequestException("caseId", "caseId must be a UUID"));
        }
        return blocking(() -> views.findVersioned(caseId))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(new CaseNotFoundException(caseId))))
                .map(found -> ResponseEntity.ok().eTag("\"" + found.version() + "\"").body(found.view()));
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
