package io.dunning.notice.web;

import io.dunning.events.common.BranchId;
import io.dunning.notice.mailing.MailingList;
import io.dunning.notice.mailing.MailingListCsv;
import io.dunning.notice.mailing.MailingListPage;
import io.dunning.notice.mailing.MailingLists;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Mailing lists (R3.3): close a branch's day on demand, read one as JSON or CSV, list them (paged). */
@RestController
@RequestMapping("/mailing-lists")
class MailingListController {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final MailingLists lists;

    MailingListController(MailingLists lists) {
        this.lists = lists;
    }

    /** Close a branch's mailing day; closing it again returns the same list. */
    record CloseRequest(String branchId, String date) {
    }

    @PostMapping
    Mono<MailingList> close(@RequestBody CloseRequest request) {
        return Mono.fromCallable(() -> {
            BranchId branch = new BranchId(branch(request.branchId()).orElseThrow(
                    () -> new InvalidRequestException("branchId", "branchId is required")));
            LocalDate day = date(request.date()).orElseThrow(
                    () -> new InvalidRequestException("date", "date is required (yyyy-MM-dd)"));
            return lists.close(branch, day, MailingLists.Trigger.REQUEST);
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @GetMapping("/{id}")
    Mono<MailingList> list(@PathVariable("id") String id) {
        return find(id);
    }

    @GetMapping(path = "/{id}", params = "format=csv")
    Mono<ResponseEntity<byte[]>> csvByParameter(@PathVariable("id") String id) {
        return csv(id);
    }

    @GetMapping("/{id}.csv")
    Mono<ResponseEntity<byte[]>> csv(@PathVariable("id") String id) {
        return find(id).map(list -> ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + list.id() + ".csv\"")
                .body(MailingListCsv.render(list)));
    }

    @GetMapping
    Mono<MailingListPage> lists(@RequestParam(name = "branchId", required = false) String branchId,
                                @RequestParam(name = "date", required = false) String date,
                                @RequestParam(name = "page", defaultValue = "0") int page,
                                @RequestParam(name = "size", defaultValue = "20") int size) {
        return blocking(() -> {
            Optional<String> branch = branch(branchId);
            Optional<LocalDate> day = date(date);
            if (page < 0) {
                throw new InvalidRequestException("page", "page must be 0 or more");
            }
            if (size < 1 || size > LetterController.MAX_PAGE_SIZE) {
                throw new InvalidRequestException("size",
                        "size must be between 1 and " + LetterController.MAX_PAGE_SIZE);
            }
            return lists.page(branch, day, page, size);
        });
    }

    private Mono<MailingList> find(String id) {
        return blocking(() -> lists.find(id))
                .flatMap(found -> Mono.justOrEmpty(found)
                        .switchIfEmpty(Mono.error(new MailingListNotFoundException(id))));
    }

    private static Optional<String> branch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (!BRANCH.matcher(value.strip()).matches()) {
            throw new InvalidRequestException("branchId", "branchId must be 1-64 letters, digits, - or _");
        }
        return Optional.of(value.strip());
    }

    private static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date", "date must be an ISO date (yyyy-MM-dd)");
        }
    }

    private static <T> Mono<T> blocking(Callable<T> read) {
        return Mono.fromCallable(read).subscribeOn(Schedulers.boundedElastic());
    }
}
