package io.dunning.deploy.demo;

import io.dunning.events.corebanking.CoreBankingEventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What core banking sends for one loan on one simulated day, by the loan's scenario. */
final class DemoDay {

    /** The simulated days, counted from the first missed due date (so day = DPD while unpaid). */
    static final int[] DAYS = {1, 10, 30, 40, 45, 60, 70, 95};

    /** A payload with its CloudEvents type. */
    record Sent(CoreBankingEventType type, String eventId, Object payload) {
    }

    private final DemoEvents events;

    DemoDay(DemoEvents events) {
        this.events = events;
    }

    List<Sent> recordsFor(DemoLoan loan, int day) {
        List<Sent> sent = new ArrayList<>();
        switch (loan.scenario) {
            case ESCALATES, INTEREST_ONLY -> reportOn(sent, loan, day, 1, 30, 60, 95);
            case PARTIAL_PAYMENTS -> {
                reportOn(sent, loan, day, 1, 30, 60, 95);
                if (day == 40 || day == 70) {
                    pay(sent, loan, day, halfAnInstalment(loan));
                }
            }
            case CURED_AFTER_REMINDER -> {
                reportOn(sent, loan, day, 1);
                if (day == 10) {
                    pay(sent, loan, day, loan.totalArrearsAt(day));
                }
            }
            case CURED_AFTER_NOTICE -> {
                reportOn(sent, loan, day, 1, 30);
                if (day == 40) {
                    pay(sent, loan, day, loan.totalArrearsAt(day));
                }
            }
            case LATE_ENTRY -> reportOn(sent, loan, day, 45, 60, 95);
            case RESTRUCTURED -> {
                reportOn(sent, loan, day, 1, 30, 60);
                if (day == 70) {
                    var restructured = events.restructured(loan, day);
                    sent.add(new Sent(CoreBankingEventType.LOAN_RESTRUCTURED, restructured.eventId(), restructured));
                }
            }
            case WRITTEN_OFF -> {
                reportOn(sent, loan, day, 1, 30, 60);
                if (day == 95) {
                    var writtenOff = events.writtenOff(loan, day);
                    sent.add(new Sent(CoreBankingEventType.LOAN_WRITTEN_OFF, writtenOff.eventId(), writtenOff));
                }
            }
        }
        return sent;
    }

    private void reportOn(List<Sent> sent, DemoLoan loan, int day, int... reportDays) {
        for (int reportDay : reportDays) {
            if (reportDay == day) {
                var report = events.delinquency(loan, day);
                sent.add(new Sent(CoreBankingEventType.LOAN_DELINQUENCY_REPORTED, report.eventId(), report));
            }
        }
    }

    private void pay(List<Sent> sent, DemoLoan loan, int day, BigDecimal amount) {
        var payment = events.payment(loan, day, amount);
        sent.add(new Sent(CoreBankingEventType.PAYMENT_POSTED, payment.eventId(), payment));
    }

    private static BigDecimal halfAnInstalment(DemoLoan loan) {
        return loan.instalmentPrincipal.add(loan.instalmentInterest).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }
}
