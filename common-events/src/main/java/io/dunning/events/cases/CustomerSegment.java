package io.dunning.events.cases;

/** Customer segments (RULEBOOK section 7). */
public enum CustomerSegment {
    WILFUL_DEFAULTER,
    TEMPORARY_HARDSHIP,
    LOW_CREDIT_AWARENESS
}
