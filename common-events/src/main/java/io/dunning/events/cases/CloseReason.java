package io.dunning.events.cases;

/** Why a case closed. */
public enum CloseReason {
    CURED,
    RESTRUCTURED,
    WRITTEN_OFF
}
