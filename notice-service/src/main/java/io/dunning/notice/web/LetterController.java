package io.dunning.notice.web;

import io.dunning.notice.archive.LetterArchive;
import io.dunning.notice.query.LetterPage;
import io.dunning.notice.query.LetterView;
import io.dunning.notice.query.LetterViews;
import java.util.concurrent.Callable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Letters by number or by case (paged), and the archived kept copy as PDF. */
@RestController
@RequestMapping("/letters")
class LetterController {

    static final int MAX_PAGE_SIZE = 200;

    private final LetterViews views;
    private final LetterArchive archive;

    LetterController(LetterViews views, LetterArchive archive) {
        this.views = views;
        this.archive = archive;
    }

    @GetMapping("/{letterNumber}")
    Mono<LetterView> letter(@PathVariable("letterNumber") String letterNumber) {
        return blocking(() -> views.find(letterNumber))
                .flatMap(found -> Mono.justOrEmpty(found).switchIfEmpty(notFound(letterNumber)));
    }

    @GetMapping
    Mono<LetterPage> lettersOfCase(@RequestParam("caseId") String caseId,
                                   @RequestParam(name = "page", defaultValue = "0") int page,
                                   @RequestParam(name = "size", defaultValue = "20") int size) {
        if (caseId.isBlank()) {
            return Mono.error(new InvalidRequestException("caseId", "caseId must not be blank"));
        }
        if (page < 0) {
            return Mono.error(new InvalidRequestException("page", "page must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Mono.error(new InvalidRequestException("size", "size must be between 1 and " + MAX_PAGE_SIZE));
        }
        return blocking(() -> views.ofCase(caseId.strip(), page, size));
    }

    @GetMapping("/{letterNumber}/pdf")
    Mono<ResponseEntity<byte[]>> pdf(@PathVariable("letterNumber") String letterNumber) {
        return blocking(() -> archive.keptCopy(letterNumber))
                .flatMap(found -> Mono.justOrEmpty(found).switchIfEmpty(notFound(letterNumber)))
                .map(pdf -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + letterNumber + ".pdf\"")
                        .body(pdf));
    }

    private static <T> Mono<T> notFound(String letterNumber) {
        return Mono.error(new LetterNotFoundException(letterNumber));
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
