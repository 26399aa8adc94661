package io.dunning.cases.conduct;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** One named conduct rule: whether it holds a contact back at a local time of the party, and until when. */
interface ContactRule {

    /** Empty when the rule lets the contact happen at {@code at}; else why not and until when. */
    Optional<Hold> holdAt(ContactProfile profile, ContactRequest request, ContactHistory history, ZonedDateTime at);

    default String name() {
        return getClass().getSimpleName();
    }

    default Optional<Hold> hold(String reason, Instant until) {
        return Optional.of(new Hold(name(), reason, until));
    }

    /** The first instant of a local day of the party (DST-correct: a day need not start at 00:00). */
    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * A rule holding the contact back.
     *
     * @param until the earliest instant, later than the one asked about, at which this rule no longer holds it
     *              back if nothing else is recorded; null when no time lifts it
     */
    record Hold(String rule, String reason, Instant until) {
    }
}
