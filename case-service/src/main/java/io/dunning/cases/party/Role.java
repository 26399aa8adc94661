package io.dunning.cases.party;

/** Staff roles (DESIGN.md 6). Only {@link #mayReveal()} roles see personal data unmasked, and only with a reason. */
public enum Role {
    COLLECTOR, SUPERVISOR, RISK_APPROVER, AUDITOR, SYSTEM;

    /** R6.7: shown only to staff who need it: the collectors working the case and their supervisors. */
    public boolean mayReveal() {
        return this == COLLECTOR || this == SUPERVISOR;
    }
}
