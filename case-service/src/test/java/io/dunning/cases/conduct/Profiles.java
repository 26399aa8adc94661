package io.dunning.cases.conduct;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The three profiles of RULEBOOK R6.1 as application.yml configures them, for tests. */
public final class Profiles {

    /** Part of the PRC 2026 calendar: New Year and National Day. */
    public static final Set<LocalDate> CN_HOLIDAYS = Stream.concat(
                    LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2026, 1, 4)),
                    LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)))
            .collect(Collectors.toUnmodifiableSet());

    private Profiles() {
    }

    public static ContactProfile handbook() {
        return handbook(CN_HOLIDAYS);
    }

    public static ContactProfile handbook(Set<LocalDate> holidays) {
        return new ContactProfile("HANDBOOK", "2026.1", LocalTime.of(7, 0), LocalTime.of(21, 0), 3, 0, 0, 0, 0,
                holidays);
    }

    public static ContactProfile cba2026() {
        return new ContactProfile("CBA_2026", "2026.1-trial", LocalTime.of(8, 0), LocalTime.of(22, 0), 0, 6, 0, 0, 0,
                Set.of());
    }

    public static ContactProfile usRegF() {
        return new ContactProfile("US_REG_F", "2021.11", LocalTime.of(8, 0), LocalTime.of(21, 0), 0, 0, 7, 7, 7,
                Set.of());
    }
}
