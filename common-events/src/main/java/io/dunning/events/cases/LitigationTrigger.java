package io.dunning.events.cases;

/** Why litigation became mandatory. */
public enum LitigationTrigger {
    DPD_THRESHOLD_REACHED,
    EXEMPTION_REVOKED
}
