package io.dunning.notice.mailing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The courier day of the bank (R3.3): day D runs from D-1 at the cut-off to D at the cut-off, in the bank's zone.
 * A day's mailing list can be closed once its cut-off has passed; until then letters may still join it.
 */
record CourierDays(ZoneId zone, LocalTime cutOff) {

    /** The instant day D's hand-overs start (inclusive). */
    Instant opensAt(LocalDate day) {
        return closesAt(day.minusDays(1));
    }

    /** The instant day D's hand-overs end (exclusive) and its lists may close. */
    Instant closesAt(LocalDate day) {
        return day.atTime(cutOff).atZone(zone).toInstant();
    }

    /** The courier day a hand-over at this instant belongs to. */
    LocalDate dayOf(Instant handedOverAt) {
        ZonedDateTime local = handedOverAt.atZone(zone);
        return local.toLocalTime().isBefore(cutOff) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
    }

    boolean isOver(LocalDate day, Instant now) {
        return !now.isBefore(closesAt(day));
    }

    /** The newest day that is over at this instant. */
    LocalDate lastDayOver(Instant now) {
        return dayOf(now).minusDays(1);
    }
}
