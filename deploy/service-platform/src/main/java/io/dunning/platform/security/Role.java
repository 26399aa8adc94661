package io.dunning.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what (DESIGN.md 6, docs/security.md): the roles a token's {@code roles} claim carries. Staff are
 * COLLECTOR, SUPERVISOR, RISK_APPROVER and AUDITOR; SYSTEM is a service or provider calling another service.
 */
public enum Role {
    COLLECTOR, SUPERVISOR, RISK_APPROVER, AUDITOR, SYSTEM;

    /** Every member of staff: who may read cases, letters and timelines. */
    public static final Set<Role> STAFF = EnumSet.of(COLLECTOR, SUPERVISOR, RISK_APPROVER, AUDITOR);

    /** The Spring Security authority of the role ({@code ROLE_COLLECTOR}, ...). */
    public String authority() {
        return "ROLE_" + name();
    }
}
