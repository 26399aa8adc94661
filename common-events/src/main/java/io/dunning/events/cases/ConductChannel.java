package io.dunning.events.cases;

/** The channels the conduct rules (RULEBOOK section 6) tell apart when deciding whether a party may be contacted now. */
public enum ConductChannel {
    /** A telephone call: contact hours, call caps and cooling-off apply (R6.1, R6.2). */
    CALL,
    /** A visit in person: contact hours and holidays apply (R6.1, R6.2). */
    VISIT,
    /** A text message: contact hours and holidays apply (R6.1, R6.2). */
    SMS
}
