package io.dunning.cases.config;

import io.dunning.cases.conduct.ContactProfile;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the holiday calendar of the contact profile in force still covers: a calendar is a list of the year's
 * public holidays (published by the State Council each year), so past 31 December of its latest year the conduct
 * rules know no holiday at all and R6.2 would let calls and reminders go out on the next year's holidays. The gauge
 * {@code dunning.conduct.holiday.calendar.days.left} (tag {@code profile}) counts the days from today in the bank's
 * zone to that 31 December; the alert DunningHolidayCalendarEnding opens a ticket under 30, and start-up logs a
 * warning under 60. Under a profile that observes no holiday calendar (CBA_2026, US_REG_F) the gauge reads NaN:
 * nothing to run out, and no alert.
 */
class HolidayCalendarHorizon {

    static final int WARN_BELOW_DAYS = 60;
    private static final Logger log = LoggerFactory.getLogger(HolidayCalendarHorizon.class);

    private final Optional<LocalDate> coveredUntil;
    private final ZoneId bankZone;
    private final Clock clock;

    HolidayCalendarHorizon(ContactProfile profile, ZoneId bankZone, Clock clock, MeterRegistry meters) {
        this.coveredUntil = profile.holidays().isEmpty() ? Optional.empty()
                : Optional.of(LocalDate.of(Collections.max(profile.holidays()).getYear(), 12, 31));
        this.bankZone = bankZone;
        this.clock = clock;
        Gauge.builder("dunning.conduct.holiday.calendar.days.left", this, HolidayCalendarHorizon::daysLeft)
                .description("Days until the end of the last year the holiday calendar in force covers (NaN: none)")
                .tag("profile", profile.name())
                .register(meters);
        coveredUntil.ifPresent(until -> {
            long left = (long) daysLeft();
            if (left < WARN_BELOW_DAYS) {
                log.warn("The holiday calendar of contact profile {} covers public holidays until {} only ({} days):"
                        + " add the next year's to dunning.case.conduct.holiday-calendars", profile.name(), until,
                        left);
            }
        });
    }

    /** Days from today (bank zone) to the calendar's last covered day; negative once it has run out; NaN without. */
    double daysLeft() {
        return coveredUntil.map(until -> (double) ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(bankZone)),
                until)).orElse(Double.NaN);
    }
}
