package io.dunning.events.cases;

/** Whom a contact reached: an obligor of the loan or a third party (family, contacts; R6.5). */
public enum ContactedParty {
    OBLIGOR,
    THIRD_PARTY
}
