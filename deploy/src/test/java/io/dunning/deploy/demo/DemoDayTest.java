package io.dunning.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.corebanking.CoreBankingEventType;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo feed sends what the core-banking contract allows, and each scenario's story fits in the simulated days. */
class DemoDayTest {

    private static final int LAST = DemoCalendar.LAST_DAY;
    private final DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 11, 25));
    private final List<DemoLoan> loans = DemoPortfolio.of(DemoFeed.DEFAULT_LOANS, "TEST");
    private final DemoDay plan = new DemoDay(new DemoEvents(calendar));
    private final List<DemoDay.Sent> sent = new ArrayList<>();

    DemoDayTest() {
        for (int day = 1; day <= LAST; day++) {
            for (DemoLoan loan : loans) {
                sent.addAll(plan.recordsFor(loan, day));
            }
        }
    }

    @Test
    void recordsRespectTheContractAndEndToday() {
        Set<String> eventIds = new HashSet<>();
        for (DemoDay.Sent record : sent) {
            assertThat(eventIds.add(record.eventId())).as("unique eventId").isTrue();
            if (record.payload() instanceof LoanDelinquencyReported report) {
                assertThat(report.daysPastDue()).isGreaterThanOrEqualTo(1);
                assertThat(report.asOf()).isEqualTo(report.oldestUnpaidDueDate().plusDays(report.daysPastDue()))
                        .isBetween(calendar.dateOf(1), calendar.today());
                assertTwoDecimalsNotNegative(report.arrears());
                assertThat(report.obligors()).filteredOn(o -> o.role().equals("BORROWER")).hasSize(1);
                assertThat(report.obligors()).hasSizeLessThanOrEqualTo(3);
            }
            if (record.payload() instanceof PaymentPosted payment) {
                assertThat(payment.amount()).isPositive();
                assertTwoDecimalsNotNegative(payment.arrearsAfter());
            }
        }
        assertThat(sent).extracting(DemoDay.Sent::type).contains(CoreBankingEventType.values());
        assertThat(calendar.dateOf(LAST)).isEqualTo(calendar.today());
    }

    @Test
    void everyStoryFitsInTheSimulatedDays() {
        for (DemoLoan loan : loans) {
            int end = loan.dpdOn(LAST);
            switch (loan.scenario) {
                case RESTRUCTURED -> assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(70);
                case WRITTEN_OFF -> assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(95);
                case EXEMPTED -> assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(92);
                case LATE_ENTRY -> assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(45);
                case PROMISE_KEPT -> {
                    // promised after every call day, for a date from today on: only the cure can decide it
                    int promisedOn = loan.dayAt(DemoOps.PROMISE_DPD);
                    assertThat(promisedOn + DemoOps.PROMISE_DAYS).as(loan.loanId).isGreaterThanOrEqualTo(LAST);
                    assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(38);
                }
                case PROMISE_BROKEN -> {
                    // even a call held back to the last call day promises a date that has passed by today
                    int lastCallDay = loan.dayAt(DemoOps.PROMISE_DPD) + 2;
                    assertThat(lastCallDay + DemoOps.PROMISE_DAYS).as(loan.loanId).isLessThan(LAST);
                }
                default -> assertThat(end).as(loan.loanId).isGreaterThanOrEqualTo(10);
            }
        }
        assertThat(loans.get(0).scenario).isEqualTo(DemoScenario.EXEMPTED);
        assertThat(loans).filteredOn(loan -> loan.scenario == DemoScenario.EXEMPTED).hasSize(1);
    }

    @Test
    void curedLoansEndWithZeroArrearsAndPartialPaymentsDoNot() {
        List<PaymentPosted> payments = sent.stream().filter(record -> record.payload() instanceof PaymentPosted)
                .map(record -> (PaymentPosted) record.payload()).toList();
        for (DemoLoan loan : loans) {
            List<PaymentPosted> ofLoan = payments.stream().filter(p -> p.loanId().equals(loan.loanId)).toList();
            switch (loan.scenario) {
                case CURED_AFTER_REMINDER, PROMISE_KEPT -> assertThat(total(ofLoan.get(0).arrearsAfter())).isZero();
                case CURED_AFTER_NOTICE -> assertThat(ofLoan).hasSize(loan.dpdOn(LAST) >= 40 ? 1 : 0)
                        .allSatisfy(p -> assertThat(total(p.arrearsAfter())).isZero());
                case PARTIAL_PAYMENTS -> assertThat(ofLoan).hasSizeLessThanOrEqualTo(2)
                        .allSatisfy(p -> assertThat(total(p.arrearsAfter())).isPositive());
                default -> assertThat(ofLoan).isEmpty();
            }
        }
    }

    @Test
    void theOpenLoansEndInEveryArrearsBucket() {
        Set<String> buckets = new HashSet<>();
        for (DemoLoan loan : loans) {
            if (EnumSet.of(DemoScenario.ESCALATES, DemoScenario.PARTIAL_PAYMENTS, DemoScenario.INTEREST_ONLY)
                    .contains(loan.scenario)) {
                int dpd = loan.dpdOn(LAST);
                buckets.add(dpd >= 90 ? "90+" : dpd >= 60 ? "60-89" : dpd >= 30 ? "30-59" : "1-29");
            }
        }
        assertThat(buckets).containsExactlyInAnyOrder("1-29", "30-59", "60-89", "90+");
        assertThat(loans).filteredOn(loan -> loan.obligors.size() > 1).hasSizeGreaterThan(loans.size() / 2);
    }

    private static void assertTwoDecimalsNotNegative(ReportedArrears arrears) {
        Stream.of(arrears.principal(), arrears.interest(), arrears.penalty()).forEach(amount -> {
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
            assertThat(amount.scale()).isLessThanOrEqualTo(2);
        });
    }

    private static BigDecimal total(ReportedArrears arrears) {
        return arrears.principal().add(arrears.interest()).add(arrears.penalty());
    }
}
