package io.dunning.events.cases;

/** How a complaint reached the bank (R6.8). */
public enum ComplaintChannel {
    PHONE,
    LETTER,
    EMAIL,
    IN_PERSON,
    REGULATOR
}
