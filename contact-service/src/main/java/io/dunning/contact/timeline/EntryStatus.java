package io.dunning.contact.timeline;

/**
 * Status of an entry that moves on: a dispatch (letter or reminder) or a promise. The rank orders them, so a late
 * or redelivered earlier status never overwrites a later one (DELIVERED is not set back to DISPATCHED).
 */
public enum EntryStatus {
    /** a reminder the conduct rules hold back until its next allowed time; the request, when it comes, wins */
    DEFERRED(-1),
    REQUESTED(0),
    ISSUED(1),
    DISPATCHED(2),
    CANCELLED(2),
    SENT(3),
    FAILED(3),
    DELIVERED(3),
    RETURNED(3),
    PENDING(0),
    KEPT(3),
    BROKEN(3);

    private final int rank;

    EntryStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
