package io.dunning.events.common;

/** The part an obligor plays on a loan. */
public enum ObligorRole {
    BORROWER,
    GUARANTOR
}
