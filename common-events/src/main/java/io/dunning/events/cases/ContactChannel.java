package io.dunning.events.cases;

/** How a party is contacted; the conduct rules (RULEBOOK section 6) are decided per channel. */
public enum ContactChannel {
    /** A telephone call: contact hours, call caps and cooling-off apply (R6.1, R6.2). */
    CALL,
    /** A visit in person: contact hours and holidays apply (R6.1, R6.2). */
    VISIT,
    /** A text message: contact hours and holidays apply (R6.1, R6.2). */
    SMS
}
