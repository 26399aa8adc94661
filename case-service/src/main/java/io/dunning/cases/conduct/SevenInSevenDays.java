package io.dunning.cases.conduct;

import io.dunning.events.cases.ConductChannel;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * R6.1 (Reg F): at most the profile's number of calls to a party about this debt within its window of consecutive
 * local days, today included (7 in 7 days).
 */
final class SevenInSevenDays implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        int cap = profile.callsPerWindow();
        if (cap == 0 || request.channel() != ConductChannel.CALL) {
            return Optional.empty();
        }
        LocalDate today = at.toLocalDate();
        LocalDate first = today.minusDays(profile.callWindowDays() - 1L);
        List<LocalDate> inWindow = history.callsTo(request.party())
                .map(call -> ContactHistory.localDate(call, at.getZone()))
                .filter(day -> !day.isBefore(first) && !day.isAfter(today))
                .sorted()
                .toList();
        if (inWindow.size() < cap) {
            return Optional.empty();
        }
        // the window must move past enough of the oldest calls to leave room for one more
        LocalDate mustLeaveWindow = inWindow.get(inWindow.size() - cap);
        return hold("R6.1 at most " + cap + " calls in " + profile.callWindowDays() + " days per debt; "
                        + inWindow.size() + " made from " + first + " to " + today + " (" + at.getZone() + ")",
                ContactRule.startOf(mustLeaveWindow.plusDays(profile.callWindowDays()), at.getZone()));
    }
}
