package io.dunning.cases.conduct;

import java.time.Instant;

/** The answer of {@link ContactPermissions#evaluate}: permitted, or refused by a named rule. */
public sealed interface ContactDecision {

    /** The contact may happen; a third party may never be told of the debt (R6.5). */
    record Permitted(boolean mayDiscloseDebt) implements ContactDecision {
    }

    /**
     * The contact may not happen.
     *
     * @param rule          the rule's name, e.g. {@code OutsideContactHours}
     * @param reason        the rule as a sentence, with the facts that broke it
     * @param nextAllowedAt the earliest instant the contact is permitted if nothing else is recorded; null when
     *                      no time lifts the refusal
     */
    record Refused(String rule, String reason, Instant nextAllowedAt) implements ContactDecision {
    }
}
