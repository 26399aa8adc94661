package io.dunning.events.cases;

/**
 * The rungs of the escalation ladder (RULEBOOK section 1), declared in ladder order.
 * Each happens at most once per case (R1.10).
 */
public enum LadderStep {
    SMS_REMINDER,
    PHONE_REMINDER,
    OVERDUE_NOTICE,
    GUARANTOR_LIABILITY_NOTICE,
    URGENT_NOTICE,
    LITIGATION_PREPARATION,
    LAWYERS_LETTER,
    GUARANTEE_PERFORMANCE_NOTICE,
    LOAN_ACCELERATION,
    LITIGATION
}
