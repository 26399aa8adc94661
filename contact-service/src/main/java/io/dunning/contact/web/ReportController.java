package io.dunning.contact.web;

import io.dunning.contact.reporting.ReportQueries;
import io.dunning.contact.reporting.ReportViews.CureRateView;
import io.dunning.contact.reporting.ReportViews.LetterCountView;
import io.dunning.contact.reporting.ReportViews.PortfolioView;
import io.dunning.contact.reporting.ReportViews.PromiseKeptRateView;
import io.dunning.contact.reporting.ReportViews.RollRatesView;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reporting read models, all optionally of one branch. Portfolio and roll rates are fixed-size tables (4 buckets;
 * at most 4 x 6 rolls); the letters report is a list and is paginated.
 */
@RestController
@RequestMapping("/reports")
class ReportController {

    private final ReportQueries reports;
    private final Paging paging;

    ReportController(ReportQueries reports, Paging paging) {
        this.reports = reports;
        this.paging = paging;
    }

    @GetMapping("/portfolio")
    Mono<PortfolioView> portfolio(@RequestParam(required = false) String branchId) {
        return blocking(() -> reports.portfolio(branchId));
    }

    /** {@code month} as yyyy-MM: from the end of the month before to the end of this one. */
    @GetMapping("/roll-rates")
    Mono<RollRatesView> rollRates(@RequestParam String month, @RequestParam(required = false) String branchId) {
        YearMonth parsed;
        try {
            parsed = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "month must be yyyy-MM");
        }
        return blocking(() -> reports.rollRates(parsed, branchId));
    }

    @GetMapping("/cure-rate")
    Mono<CureRateView> cureRate(@RequestParam(required = false) String branchId) {
        return blocking(() -> reports.cureRate(branchId));
    }

    @GetMapping("/promise-kept-rate")
    Mono<PromiseKeptRateView> promiseKeptRate(@RequestParam(required = false) String branchId) {
        return blocking(() -> reports.promiseKeptRate(branchId));
    }

    @GetMapping("/letters")
    Mono<PageView<LetterCountView>> letters(@RequestParam(required = false) String branchId,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        Paging.Window w = paging.window(page, size);
        return blocking(() -> new PageView<>(reports.letters(branchId, w.offset(), w.size()), w.page(), w.size(),
                reports.letterGroups(branchId)));
    }

    private static <T> Mono<T> blocking(Callable<T> query) {
        return Mono.fromCallable(query).subscribeOn(Schedulers.boundedElastic());
    }
}
