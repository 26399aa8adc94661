package io.dunning.notice.mailing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourierDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final CourierDays days = new CourierDays(SHANGHAI, LocalTime.of(18, 0));
    private final LocalDate day = LocalDate.of(2026, 3, 10);

    @Test
    @DisplayName("R3.3 a hand-over before the cut-off belongs to that day, at or after it to the next day")
    void theCutOffSplitsTheDays() {
        assertThat(days.dayOf(at(day, 0, 0))).isEqualTo(day);
        assertThat(days.dayOf(at(day, 17, 59))).isEqualTo(day);
        assertThat(days.dayOf(at(day, 18, 0))).isEqualTo(day.plusDays(1));
        assertThat(days.dayOf(at(day.minusDays(1), 19, 0))).isEqualTo(day);
        assertThat(days.opensAt(day)).isEqualTo(at(day.minusDays(1), 18, 0));
        assertThat(days.closesAt(day)).isEqualTo(at(day, 18, 0));
    }

    @Test
    @DisplayName("R3.3 a day is over at its cut-off in the bank's zone, not before")
    void aDayIsOverAtItsCutOff() {
        assertThat(days.isOver(day, at(day, 17, 59))).isFalse();
        assertThat(days.isOver(day, at(day, 18, 0))).isTrue();
        assertThat(days.lastDayOver(at(day, 17, 59))).isEqualTo(day.minusDays(1));
        assertThat(days.lastDayOver(at(day, 18, 0))).isEqualTo(day);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(SHANGHAI).toInstant();
    }
}
