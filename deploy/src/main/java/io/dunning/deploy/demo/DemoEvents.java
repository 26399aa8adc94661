package io.dunning.deploy.demo;

import io.dunning.events.corebanking.LoanDelinquencyReported;
import io.dunning.events.corebanking.LoanRestructured;
import io.dunning.events.corebanking.LoanWrittenOff;
import io.dunning.events.corebanking.PaymentPosted;
import io.dunning.events.corebanking.ReportedArrears;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The core-banking records of one demo loan on one simulated day. */
final class DemoEvents {

    private final LocalDate firstMissedDueDate;

    /** @param firstMissedDueDate the due date every demo loan missed: day 0 of the simulation */
    DemoEvents(LocalDate firstMissedDueDate) {
        this.firstMissedDueDate = firstMissedDueDate;
    }

    LocalDate dateOf(int day) {
        return firstMissedDueDate.plusDays(day);
    }

    LoanDelinquencyReported delinquency(DemoLoan loan, int day) {
        return new LoanDelinquencyReported(
                eventId(loan, "dr", day), loan.loanId, loan.customerId, loan.branchId, loan.product, "CNY",
                loan.principalOutstanding, loan.arrearsAt(day), firstMissedDueDate, loan.principalMatured(),
                day, dateOf(day), loan.obligors);
    }

    /** Pays {@code amount} (capped at what is overdue) and reports the arrears left. */
    PaymentPosted payment(DemoLoan loan, int day, BigDecimal amount) {
        BigDecimal paid = amount.min(loan.totalArrearsAt(day));
        loan.pay(paid);
        ReportedArrears after = loan.arrearsAt(day);
        return new PaymentPosted(eventId(loan, "pp", day), loan.loanId, "PAY-" + loan.loanId + "-" + day,
                paid, "CNY", dateOf(day), after);
    }

    LoanRestructured restructured(DemoLoan loan, int day) {
        return new LoanRestructured(eventId(loan, "rs", day), loan.loanId, dateOf(day),
                "restructured: term extended by 24 months");
    }

    LoanWrittenOff writtenOff(DemoLoan loan, int day) {
        return new LoanWrittenOff(eventId(loan, "wo", day), loan.loanId, dateOf(day),
                "written off after failed recovery");
    }

    private String eventId(DemoLoan loan, String kind, int day) {
        return "evt-" + loan.loanId + "-" + kind + "-d" + day;
    }
}
