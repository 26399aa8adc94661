package io.dunning.cases.escalation;

/** Who a rung of the ladder addresses. */
public enum Recipients {
    BORROWERS,
    GUARANTORS,
    ALL_OBLIGORS,
    NONE
}
