package io.dunning.events.cases;

/** How a collector reached the customer (R4.1); a home or workplace visit needs more evidence (R4.3, R6.3). */
public enum ContactChannel {
    SMS,
    PHONE_CALL,
    LETTER,
    HOME_VISIT,
    WORKPLACE_VISIT,
    MEETING;

    public boolean isVisit() {
        return this == HOME_VISIT || this == WORKPLACE_VISIT;
    }
}
