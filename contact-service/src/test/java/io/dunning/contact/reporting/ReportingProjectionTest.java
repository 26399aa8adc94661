package io.dunning.contact.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.contact.reporting.ReportViews.BucketView;
import io.dunning.contact.reporting.ReportViews.RollView;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ProjectionDatabase;
import io.dunning.contact.timeline.TimelineProjector;
import io.dunning.contact.worklist.WorklistItemView;
import io.dunning.contact.worklist.WorklistPriority;
import io.dunning.contact.worklist.WorklistQueries;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worklist and reports from projected events, without Spring; each test on its own branch. */
class ReportingProjectionTest {

    private static final Instant T = Instant.parse("2026-01-31T01:00:00Z");
    private static final WorklistPriority PRIORITY = new WorklistPriority(new BigDecimal("0.5"),
            new BigDecimal("0.25"), new BigDecimal("0.01"), 180);

    private final CaseStateProjector caseState = new CaseStateProjector(ProjectionDatabase.jdbc());
    private final TimelineProjector timeline = new TimelineProjector(ProjectionDatabase.jdbc());
    private final ReportQueries reports = new ReportQueries(ProjectionDatabase.jdbc());
    private final WorklistQueries worklist = new WorklistQueries(ProjectionDatabase.jdbc(), PRIORITY);

    @Test
    void openCasesAndAmountsAreCountedInTheirDpdBucket() {
        String branch = "br-" + new CaseStory().suffix;
        apply(story(branch).opened(29, "100.00"));
        apply(story(branch).opened(30, "200.00"));
        CaseStory moved = story(branch);
        apply(moved.opened(59, "300.00"));
        apply(moved.dpd(59, 95, "350.00"));
        CaseStory cured = story(branch);
        apply(cured.opened(10, "50.00"));
        apply(cured.cured(LocalDate.of(2026, 1, 20)));

        assertThat(reports.portfolio(branch).buckets()).containsExactly(
                new BucketView("1-29", 1, new BigDecimal("100.00")),
                new BucketView("30-59", 1, new BigDecimal("200.00")),
                new BucketView("60-89", 0, BigDecimal.ZERO),
                new BucketView("90+", 1, new BigDecimal("350.00")));
        assertThat(reports.cureRate(branch).cureRate()).isEqualByComparingTo("0.25");
    }

    @Test
    void rollRatesCompareEachCasesBucketAtTheEndOfTwoMonths() {
        String branch = "br-" + new CaseStory().suffix;
        CaseStory rolls = story(branch);       // opened 2026-01-21 at DPD 20, at DPD 45 on 2026-02-15
        apply(rolls.opened(20, "100.00"));
        apply(rolls.dpd(20, 45, "100.00"));
        CaseStory stays = story(branch);       // opened 2026-01-26 at DPD 25, no news in February
        apply(stays.opened(25, "100.00"));
        CaseStory cures = story(branch);
        apply(cures.opened(15, "100.00"));
        apply(cures.cured(LocalDate.of(2026, 2, 3)));

        List<RollView> rolled = reports.rollRates(YearMonth.of(2026, 2), branch).rolls();
        assertThat(rolled).extracting(RollView::from, RollView::to, RollView::cases).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("1-29", "1-29", 1L),
                org.assertj.core.groups.Tuple.tuple("1-29", "30-59", 1L),
                org.assertj.core.groups.Tuple.tuple("1-29", "CURED", 1L));
        assertThat(rolled).allSatisfy(r -> assertThat(r.rate()).isEqualByComparingTo("0.3333"));
    }

    @Test
    void r4_4_worklistOrdersOpenCasesByAmountOverdueAndHistory() {
        String branch = "br-" + new CaseStory().suffix;
        CaseStory small = story(branch);
        apply(small.opened(40, "1000.00"));
        CaseStory bigger = story(branch);
        apply(bigger.opened(40, "1100.00"));
        CaseStory brokePromise = story(branch);  // 1000 x (1 + 0.5 + 0.4) = 1900 > 1100 x 1.4 = 1540
        apply(brokePromise.opened(40, "1000.00"));
        apply(brokePromise.promiseMade());
        apply(brokePromise.promiseBroken());
        CaseStory returned = story(branch);      // 1000 x (1 + 0.25 + 0.4) = 1650
        apply(returned.opened(40, "1000.00"));
        apply(returned.returned());
        CaseStory closed = story(branch);
        apply(closed.opened(40, "9000.00"));
        apply(closed.cured(LocalDate.of(2026, 3, 1)));

        List<WorklistItemView> items = worklist.page(branch, 0, 10);
        assertThat(items).extracting(WorklistItemView::caseId).containsExactly(brokePromise.caseId.value(),
                returned.caseId.value(), bigger.caseId.value(), small.caseId.value());
        assertThat(items.get(0).priority()).isEqualByComparingTo("1900.00");
        assertThat(items).allSatisfy(i -> assertThat(i.priority()).isEqualByComparingTo(
                PRIORITY.of(i.amountOverdue(), i.promisesBroken(), i.lettersReturned(), i.daysPastDue())));
        assertThat(worklist.count(branch)).isEqualTo(4);
        assertThat(worklist.page(branch, 3, 10)).hasSize(1);
    }

    @Test
    void promiseKeptRateAndLettersByTypeStatusAndBranch() {
        String branch = "br-" + new CaseStory().suffix;
        CaseStory s = story(branch);
        apply(s.opened(30, "900.00"));
        apply(s.promiseMade());
        apply(s.promiseBroken());
        apply(s.overdueNotice());
        apply(s.guarantorNotice());
        apply(s.issued(false));
        apply(s.issued(true));
        apply(s.returned());

        assertThat(reports.promiseKeptRate(branch).promiseKeptRate()).isEqualByComparingTo("0");
        assertThat(reports.letters(branch, 0, 10)).extracting(ReportViews.LetterCountView::letterType,
                ReportViews.LetterCountView::deliveryStatus, ReportViews.LetterCountView::letters).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GUARANTOR_LIABILITY_NOTICE", "RETURNED", 1L),
                org.assertj.core.groups.Tuple.tuple("OVERDUE_COLLECTION_NOTICE", "ISSUED", 1L));
    }

    @Test
    void dpdBucketBoundaries() {
        assertThat(List.of(0, 1, 29, 30, 59, 60, 89, 90, 400)).extracting(d -> DpdBucket.of(d).label())
                .containsExactly("0", "1-29", "1-29", "30-59", "30-59", "60-89", "60-89", "90+", "90+");
    }

    private void apply(Object event) {
        caseState.on(event, T);
        timeline.on(event, T);
    }

    private static CaseStory story(String branch) {
        return new CaseStory(branch);
    }
}
