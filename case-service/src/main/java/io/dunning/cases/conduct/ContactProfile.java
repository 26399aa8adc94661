package io.dunning.cases.conduct;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;

/**
 * A contact-policy profile (RULEBOOK section 6) as data: the handbooks' default, the China Banking Association's
 * 2026 guideline, a US Regulation F profile, or any other the bank configures. One profile is in force per
 * deployment; its {@link #name()} and {@link #version()} are recorded on every decision. A limit of 0 switches its
 * rule off.
 *
 * @param name          the profile, e.g. {@code HANDBOOK}, {@code CBA_2026}, {@code US_REG_F}
 * @param version       the version of the profile in force, e.g. {@code 2026.1}
 * @param earliest      the first local time of the day a party may be contacted (inclusive, R6.1)
 * @param latest        the local time from which a party may no longer be contacted (exclusive, R6.1)
 * @param dailyCallCap  calls a day to the same party, answered or not (R6.2; handbook 3)
 * @param unansweredAttemptsPerNumberPerDay unanswered dial attempts a day per contact number (R6.1; CBA 2026: 6)
 * @param callsPerWindow calls to a party about this debt within {@code callWindowDays} consecutive days (Reg F 7)
 * @param callWindowDays the consecutive local days of that window, today included (Reg F 7)
 * @param coolingOffDays days, the day of the conversation included, in which no call follows a conversation (Reg F 7)
 * @param holidays      the public holidays on which nobody is contacted (R6.2), as local dates of the party
 */
public record ContactProfile(
        String name,
        String version,
        LocalTime earliest,
        LocalTime latest,
        int dailyCallCap,
        int unansweredAttemptsPerNumberPerDay,
        int callsPerWindow,
        int callWindowDays,
        int coolingOffDays,
        Set<LocalDate> holidays) {

    public ContactProfile {
        require(name != null && !name.isBlank(), "name must be set");
        require(version != null && !version.isBlank(), "version must be set");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        require(earliest.isBefore(latest), "earliest must be before latest");
        require(dailyCallCap >= 0 && unansweredAttemptsPerNumberPerDay >= 0 && coolingOffDays >= 0,
                "caps and cooling-off days must not be negative");
        require(callsPerWindow >= 0 && callWindowDays >= 0 && (callsPerWindow == 0) == (callWindowDays == 0),
                "calls-per-window and call-window-days are set together");
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Invalid contact profile: " + message);
        }
    }
}
