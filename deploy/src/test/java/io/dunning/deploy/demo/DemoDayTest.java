package io.dunning.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.events.corebanking.CoreBankingEventType;
import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo feed sends what the core-banking contract allows, and each scenario ends as its name says. */
class DemoDayTest {

    private final List<DemoLoan> loans = DemoPortfolio.of(DemoFeed.LOANS, "TEST");
    private final DemoDay plan = new DemoDay(new DemoEvents(LocalDate.of(2025, 1, 1)));
    private final List<DemoDay.Sent> sent = new ArrayList<>();

    DemoDayTest() {
        for (int day : DemoDay.DAYS) {
            loans.forEach(loan -> sent.addAll(plan.recordsFor(loan, day)));
        }
    }

    @Test
    void recordsRespectTheContract() {
        Set<String> eventIds = new HashSet<>();
        for (DemoDay.Sent record : sent) {
            assertThat(eventIds.add(record.eventId())).as("unique eventId").isTrue();
            if (record.payload() instanceof LoanDelinquencyReported report) {
                assertThat(report.daysPastDue()).isGreaterThanOrEqualTo(1);
                assertThat(report.asOf()).isEqualTo(report.oldestUnpaidDueDate().plusDays(report.daysPastDue()));
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
    }

    @Test
    void curedLoansEndWithZeroArrearsAndPartialPaymentsDoNot() {
        List<PaymentPosted> payments = sent.stream()
                .filter(record -> record.payload() instanceof PaymentPosted)
                .map(record -> (PaymentPosted) record.payload()).toList();
        for (DemoLoan loan : loans) {
            List<PaymentPosted> ofLoan = payments.stream().filter(p -> p.loanId().equals(loan.loanId)).toList();
            switch (loan.scenario) {
                case CURED_AFTER_REMINDER, CURED_AFTER_NOTICE ->
                        assertThat(total(ofLoan.get(ofLoan.size() - 1).arrearsAfter())).isZero();
                case PARTIAL_PAYMENTS -> assertThat(ofLoan).hasSize(2)
                        .allSatisfy(p -> assertThat(total(p.arrearsAfter())).isPositive());
                default -> assertThat(ofLoan).isEmpty();
            }
        }
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
