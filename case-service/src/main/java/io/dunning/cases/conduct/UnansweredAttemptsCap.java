package io.dunning.cases.conduct;

import io.dunning.events.cases.ConductChannel;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** R6.1 (CBA 2026): at most the profile's number of unanswered dial attempts per contact number per local day. */
final class UnansweredAttemptsCap implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        int cap = profile.unansweredAttemptsPerNumberPerDay();
        if (cap == 0 || request.channel() != ConductChannel.CALL) {
            return Optional.empty();
        }
        LocalDate day = at.toLocalDate();
        long unanswered = history.callsTo(request.party())
                .filter(call -> !call.answered() && call.contactPoint().equals(request.contactPoint()))
                .filter(call -> ContactHistory.localDate(call, at.getZone()).equals(day))
                .count();
        if (unanswered < cap) {
            return Optional.empty();
        }
        return hold("R6.1 at most " + cap + " unanswered dial attempts a day per contact number; " + unanswered
                        + " to " + request.contactPoint() + " on " + day + " (" + at.getZone() + ")",
                ContactRule.startOf(day.plusDays(1), at.getZone()));
    }
}
