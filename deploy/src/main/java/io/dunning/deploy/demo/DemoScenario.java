package io.dunning.deploy.demo;

/** The path a demo loan takes through the simulated days (day = days since its first missed instalment). */
enum DemoScenario {
    /** Reported at DPD 1, 30, 60, 95: every ladder step up to mandatory litigation. */
    ESCALATES,
    /** Escalates, with a partial payment after the notice and after the urgent notice: never cured. */
    PARTIAL_PAYMENTS,
    /** Pays everything on day 10, after the friendly reminder. */
    CURED_AFTER_REMINDER,
    /** Pays everything on day 40, after the overdue notice. */
    CURED_AFTER_NOTICE,
    /** Core banking reports it first at DPD 45: the missed steps happen at once, in ladder order. */
    LATE_ENTRY,
    /** Only interest is overdue, principal not matured: acceleration at DPD 60. */
    INTEREST_ONLY,
    /** Restructured on day 70. */
    RESTRUCTURED,
    /** Written off on day 95. */
    WRITTEN_OFF;

    /** Which path the n-th loan of the portfolio takes: a fixed mix, about half of them escalating. */
    static DemoScenario forLoan(int index) {
        return switch (index % 10) {
            case 0, 1, 2, 3 -> ESCALATES;
            case 4 -> PARTIAL_PAYMENTS;
            case 5 -> CURED_AFTER_REMINDER;
            case 6 -> CURED_AFTER_NOTICE;
            case 7 -> LATE_ENTRY;
            case 8 -> INTEREST_ONLY;
            default -> index % 20 == 9 ? RESTRUCTURED : WRITTEN_OFF;
        };
    }
}
