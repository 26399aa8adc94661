package io.dunning.deploy.demo;

import io.dunning.events.corebanking.CoreBankingEventType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What core banking sends for one loan on one simulated day, by the loan's scenario and days past due. */
final class DemoDay {

    /** The days past due on which core banking's report moves a loan along the ladder and across DPD buckets. */
    static final int[] LADDER_DPD = {1, 30, 60, 90};

    /** A payload with its CloudEvents type. */
    record Sent(CoreBankingEventType type, String eventId, Object payload) {
    }

    private final DemoEvents events;

    DemoDay(DemoEvents events) {
        this.events = events;
    }

    List<Sent> recordsFor(DemoLoan loan, int day) {
        List<Sent> sent = new ArrayList<>();
        int dpd = loan.dpdOn(day);
        if (dpd < 1) {
            return sent;
        }
        switch (loan.scenario) {
            case ESCALATES, INTEREST_ONLY, PROMISE_BROKEN, EXEMPTED -> reportOn(sent, loan, day, LADDER_DPD);
            case PARTIAL_PAYMENTS -> {
                reportOn(sent, loan, day, LADDER_DPD);
                if (dpd == 40 || dpd == 70) {
                    pay(sent, loan, day, halfAnInstalment(loan));
                }
            }
            case CURED_AFTER_REMINDER -> reportThenCure(sent, loan, day, 10);
            case CURED_AFTER_NOTICE -> reportThenCure(sent, loan, day, 40);
            case PROMISE_KEPT -> reportThenCure(sent, loan, day, 38);
            case LATE_ENTRY -> reportOn(sent, loan, day, 45, 60, 90);
            case RESTRUCTURED -> {
                reportOn(sent, loan, day, 1, 30, 60);
                if (dpd == 70) {
                    var restructured = events.restructured(loan, day);
                    sent.add(new Sent(CoreBankingEventType.LOAN_RESTRUCTURED, restructured.eventId(), restructured));
                }
            }
            case WRITTEN_OFF -> {
                reportOn(sent, loan, day, LADDER_DPD);
                if (dpd == 95) {
                    var writtenOff = events.writtenOff(loan, day);
                    sent.add(new Sent(CoreBankingEventType.LOAN_WRITTEN_OFF, writtenOff.eventId(), writtenOff));
                }
            }
        }
        return sent;
    }

    /** Reported on the ladder's days until it pays everything at {@code cureDpd}. */
    private void reportThenCure(List<Sent> sent, DemoLoan loan, int day, int cureDpd) {
        int dpd = loan.dpdOn(day);
        if (dpd < cureDpd) {
            reportOn(sent, loan, day, LADDER_DPD);
        } else if (dpd == cureDpd) {
            pay(sent, loan, day, loan.totalArrearsAt(dpd));
        }
    }

    private void reportOn(List<Sent> sent, DemoLoan loan, int day, int... reportDpd) {
        int dpd = loan.dpdOn(day);
        for (int reportAt : reportDpd) {
            if (reportAt == dpd) {
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
