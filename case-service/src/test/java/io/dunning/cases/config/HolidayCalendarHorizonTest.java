package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.conduct.Profiles;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** R6.2 needs next year's holidays before 1 January: the gauge counts down to the end of the calendar's last year. */
class HolidayCalendarHorizonTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aCalendarOf2026CoversUntilTheEndOf2026InTheBanksZone() {
        // 16:30 UTC on 7 December is already 8 December in Shanghai
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T16:30:00Z"), ZoneOffset.UTC);
        new HolidayCalendarHorizon(Profiles.handbook(Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 2, 17))),
                SHANGHAI, clock, meters);

        assertThat(meters.get("dunning.conduct.holiday.calendar.days.left").tag("profile", "HANDBOOK").gauge()
                .value()).isEqualTo(23.0);
    }

    @Test
    void aCalendarThatRanOutCountsBelowZero() {
        Clock clock = Clock.fixed(Instant.parse("2027-01-05T02:00:00Z"), ZoneOffset.UTC);
        new HolidayCalendarHorizon(Profiles.handbook(Set.of(LocalDate.of(2026, 10, 1))), SHANGHAI, clock, meters);

        assertThat(meters.get("dunning.conduct.holiday.calendar.days.left").gauge().value()).isEqualTo(-5.0);
    }

    @Test
    void aProfileWithoutAHolidayCalendarReadsNaN() {
        new HolidayCalendarHorizon(Profiles.cba2026(), SHANGHAI, Clock.systemUTC(), meters);

        assertThat(meters.get("dunning.conduct.holiday.calendar.days.left").tag("profile", "CBA_2026").gauge()
                .value()).isNaN();
    }
}
