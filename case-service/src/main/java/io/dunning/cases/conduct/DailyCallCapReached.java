package io.dunning.cases.conduct;

import io.dunning.events.cases.ConductChannel;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** R6.2: at most the profile's daily number of calls to the same party, counted per local day of the party. */
final class DailyCallCapReached implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        int cap = profile.dailyCallCap();
        if (cap == 0 || request.channel() != ConductChannel.CALL) {
            return Optional.empty();
        }
        LocalDate day = at.toLocalDate();
        long calls = history.callsTo(request.party())
                .filter(call -> ContactHistory.localDate(call, at.getZone()).equals(day))
                .count();
        if (calls < cap) {
            return Optional.empty();
        }
        return hold("R6.2 at most " + cap + " calls a day to the same customer; " + calls + " made on " + day
                + " (" + at.getZone() + ")", ContactRule.startOf(day.plusDays(1), at.getZone()));
    }
}
