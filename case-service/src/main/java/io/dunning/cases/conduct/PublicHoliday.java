package io.dunning.cases.conduct;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** R6.2: no collection on a public holiday of the profile's calendar, on any channel. */
final class PublicHoliday implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        LocalDate day = at.toLocalDate();
        if (!profile.holidays().contains(day)) {
            return Optional.empty();
        }
        LocalDate next = day.plusDays(1);
        while (profile.holidays().contains(next)) {
            next = next.plusDays(1);
        }
        return hold("R6.2 no collection on public holidays; " + day + " is one", ContactRule.startOf(next, at.getZone()));
    }
}
