package io.dunning.cases.exemption;

/** Where an exemption request stands. Only an approved one defers litigation (R2.3). */
public enum ExemptionStatus {
    PENDING,
    APPROVED,
    REJECTED,
    REVOKED
}
