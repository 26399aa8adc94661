package io.dunning.deploy.demo;

import java.util.Random;

/**
 * The path a demo loan takes, in days past due (DPD) from its own first missed instalment. Core banking reports a
 * loan in arrears every day; the demo sends the reports that move it along the ladder (DPD 1, 30, 60, 90, which
 * are also the reporting buckets' edges), its payments and its closing records.
 */
enum DemoScenario {
    /** Never pays: every ladder step up to mandatory litigation. */
    ESCALATES(0, 110),
    /** Escalates, with a partial payment at DPD 40 and 70: never cured. */
    PARTIAL_PAYMENTS(0, 110),
    /** Pays everything at DPD 10, after the reminders. */
    CURED_AFTER_REMINDER(0, 110),
    /** Pays everything at DPD 40, after the overdue notice. */
    CURED_AFTER_NOTICE(0, 110),
    /**
     * At DPD 35 a collector calls and the borrower promises the arrears within 7 days, then pays them all at DPD 38:
     * the cure keeps the promise (R5.1). Starts late, so the promise's date is after today and only the payment
     * can decide it (case-service judges a promise on its date, in real time).
     */
    PROMISE_KEPT(78, 82),
    /** At DPD 35 a promise to pay within 7 days, never paid: broken once its date passes, then it escalates. */
    PROMISE_BROKEN(0, 70),
    /** Core banking reports it first at DPD 45: the missed steps happen at once, in ladder order (R1.9). */
    LATE_ENTRY(0, 75),
    /** Only interest is overdue, principal not matured: acceleration at DPD 60 (R1.7). */
    INTEREST_ONLY(0, 110),
    /** Restructured at DPD 70. */
    RESTRUCTURED(0, 50),
    /** Written off at DPD 95, after litigation became mandatory. */
    WRITTEN_OFF(0, 25),
    /**
     * One loan of the portfolio: at DPD 91 the branch asks not to sue, with a recovery plan; the requester's own
     * approval is refused (four eyes, R2.2); risk management approves it at DPD 92 and litigation is deferred.
     */
    EXEMPTED(5, 5);

    private final int earliestStart;
    private final int latestStart;

    DemoScenario(int earliestStart, int latestStart) {
        this.earliestStart = earliestStart;
        this.latestStart = latestStart;
    }

    /** The simulated day of the loan's first missed instalment, so that its story fits in the simulated days. */
    int startDay(Random random) {
        return earliestStart + random.nextInt(latestStart - earliestStart + 1);
    }

    /** Which path the n-th loan takes: loan 1 is the exempted one, then a fixed mix of twenty. */
    static DemoScenario forLoan(int index) {
        if (index == 0) {
            return EXEMPTED;
        }
        return switch (index % 20) {
            case 0, 1, 2, 3, 4, 5 -> ESCALATES;
            case 6, 7 -> PARTIAL_PAYMENTS;
            case 8, 9 -> CURED_AFTER_REMINDER;
            case 10, 11 -> CURED_AFTER_NOTICE;
            case 12, 13 -> PROMISE_KEPT;
            case 14, 15 -> PROMISE_BROKEN;
            case 16 -> LATE_ENTRY;
            case 17 -> INTEREST_ONLY;
            case 18 -> RESTRUCTURED;
            default -> WRITTEN_OFF;
        };
    }
}
