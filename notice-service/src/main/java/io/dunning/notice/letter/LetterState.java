package io.dunning.notice.letter;

/** Where a letter is: issued (numbered, rendered, archived) and waiting for the courier, then out or stopped. */
public enum LetterState {
    ISSUED,
    DISPATCHED,
    DELIVERED,
    RETURNED,
    CANCELLED;

    public boolean handedOver() {
        return this == DISPATCHED || this == DELIVERED || this == RETURNED;
    }
}
