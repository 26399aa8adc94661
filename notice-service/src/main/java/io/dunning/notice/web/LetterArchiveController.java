package io.dunning.notice.web;

import io.dunning.notice.archive.LetterArchiveBundle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The complete archive of a letter (R3.4) as a ZIP download: kept copy and manifest. */
@RestController
class LetterArchiveController {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final LetterArchiveBundle bundle;

    LetterArchiveController(LetterArchiveBundle bundle) {
        this.bundle = bundle;
    }

    @GetMapping("/letters/{letterNumber}/archive")
    Mono<ResponseEntity<byte[]>> archive(@PathVariable("letterNumber") String letterNumber) {
        return Mono.fromCallable(() -> bundle.zip(letterNumber)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(found -> Mono.justOrEmpty(found)
                        .switchIfEmpty(Mono.error(new LetterNotFoundException(letterNumber))))
                .map(zip -> ResponseEntity.ok().contentType(ZIP)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                "attachment; filename=\"" + letterNumber + "-archive.zip\"")
                        .body(zip));
    }
}
