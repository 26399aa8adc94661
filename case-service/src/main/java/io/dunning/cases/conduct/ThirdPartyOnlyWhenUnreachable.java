package io.dunning.cases.conduct;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * R6.5: a third party (family, contacts) is contacted only when an obligor of the case is recorded as unreachable;
 * no passing of time lifts this.
 */
final class ThirdPartyOnlyWhenUnreachable implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        if (request.obligor() || history.obligorUnreachable()) {
            return Optional.empty();
        }
        return hold("R6.5 a third party is contacted only when the obligor cannot be reached; no obligor of this "
                + "case is recorded as unreachable", null);
    }
}
