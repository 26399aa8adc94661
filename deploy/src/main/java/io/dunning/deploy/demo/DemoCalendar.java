package io.dunning.deploy.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The demo's simulated days 1..{@value #LAST_DAY}, ending today: day {@value #LAST_DAY} is today's date, so every
 * date the demo sends is real and past, and case-service's timers behave as they would: a promise whose date has
 * passed is judged at once (db-scheduler's next poll), one dated after today waits, as does an exemption's plan.
 */
record DemoCalendar(LocalDate today) {

    static final int LAST_DAY = 120;

    LocalDate dateOf(int day) {
        return today.minusDays(LAST_DAY - day);
    }

    /** A local time of a party on a simulated day, as an instant. */
    Instant at(int day, LocalTime localTime, ZoneId zone) {
        return dateOf(day).atTime(localTime).atZone(zone).toInstant();
    }
}
