package io.dunning.notice.letter;

/** What {@link CancelDispatch} did: only a letter still waiting for the courier can be cancelled. */
public enum CancelOutcome {
    CANCELLED,
    ALREADY_CANCELLED,
    ALREADY_HANDED_OVER
}
