package io.dunning.cases.escalation;

/** When a rung applies at all, beyond its days-past-due threshold. */
public enum StepCondition {
    ALWAYS,
    /** the loan has at least one guarantor (R1.4, R1.6) */
    HAS_GUARANTORS,
    /** principal not yet matured while interest is overdue (R1.7) */
    PRINCIPAL_NOT_MATURED
}
