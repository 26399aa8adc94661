package io.dunning.deploy.demo;

import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import java.math.BigDecimal;

/** The core-banking records of one demo loan on one simulated day; the loan's days past due follow from the day. */
final class DemoEvents {

    private final DemoCalendar calendar;

    DemoEvents(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    LoanDelinquencyReported delinquency(DemoLoan loan, int day) {
        int dpd = loan.dpdOn(day);
        return new LoanDelinquencyReported(
                eventId(loan, "dr", dpd), loan.loanId, loan.customerId, loan.branchId, loan.product, "CNY",
                loan.principalOutstanding, loan.arrearsAt(dpd), calendar.dateOf(loan.startDay), loan.principalMatured(),
                dpd, calendar.dateOf(day), loan.obligors);
    }

    /** Pays {@code amount} (capped at what is overdue) and reports the arrears left. */
    PaymentPosted payment(DemoLoan loan, int day, BigDecimal amount) {
        int dpd = loan.dpdOn(day);
        BigDecimal paid = amount.min(loan.totalArrearsAt(dpd));
        loan.pay(paid);
        ReportedArrears after = loan.arrearsAt(dpd);
        return new PaymentPosted(eventId(loan, "pp", dpd), loan.loanId, "PAY-" + loan.loanId + "-" + dpd,
                paid, "CNY", calendar.dateOf(day), after);
    }

    LoanRestructured restructured(DemoLoan loan, int day) {
        return new LoanRestructured(eventId(loan, "rs", loan.dpdOn(day)), loan.loanId, calendar.dateOf(day),
                "restructured: term extended by 24 months");
    }

    LoanWrittenOff writtenOff(DemoLoan loan, int day) {
        return new LoanWrittenOff(eventId(loan, "wo", loan.dpdOn(day)), loan.loanId, calendar.dateOf(day),
                "written off after failed recovery");
    }

    private static String eventId(DemoLoan loan, String kind, int dpd) {
        return "evt-" + loan.loanId + "-" + kind + "-dpd" + dpd;
    }
}
