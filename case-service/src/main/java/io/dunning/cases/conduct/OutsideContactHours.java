package io.dunning.cases.conduct;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/** R6.1: a party is contacted only between the profile's earliest and latest hour of the party's local day. */
final class OutsideContactHours implements ContactRule {

    @Override
    public Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history,
                                 ZonedDateTime at) {
        LocalTime time = at.toLocalTime();
        if (!time.isBefore(profile.earliest()) && time.isBefore(profile.latest())) {
            return Optional.empty();
        }
        LocalDate day = time.isBefore(profile.earliest()) ? at.toLocalDate() : at.toLocalDate().plusDays(1);
        return hold("R6.1 contact only between " + profile.earliest() + " and " + profile.latest()
                        + " in the party's local time (" + at.getZone() + "); it is " + time.withNano(0) + " there",
                ZonedDateTime.of(day, profile.earliest(), at.getZone()).toInstant());
    }
}
