package io.dunning.cases.config;

import io.dunning.cases.conduct.ContactProfile;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact-policy profiles (RULEBOOK section 6) as configured ({@code dunning.case.conduct.*}); {@link #toProfile()}
 * validates the one in force and yields the {@link ContactProfile} the case decides by. Profiles and holiday
 * calendars live in application.yml.
 *
 * @param profile          the profile in force in this deployment, e.g. {@code HANDBOOK}, {@code CBA_2026}, {@code US_REG_F}
 * @param profiles         the known profiles by name (kebab-case keys: {@code handbook}, {@code cba-2026}, {@code us-reg-f})
 * @param holidayCalendars public holidays (ISO dates) by calendar name, e.g. {@code cn-2026}
 */
@ConfigurationProperties("dunning.case.conduct")
public record ConductProperties(
        @DefaultValue("HANDBOOK") String profile,
        Map<String, Profile> profiles,
        Map<String, List<String>> holidayCalendars) {

    private static final String PREFIX = "dunning.case.conduct.";

    /**
     * One profile; a limit of 0 (the default) switches its rule off.
     *
     * @param version        the profile's version, recorded on every decision
     * @param earliest       first local time of contact (HH:mm, inclusive)
     * @param latest         local time from which contact stops (HH:mm, exclusive)
     * @param dailyCallCap   calls a day to the same customer
     * @param unansweredAttemptsPerNumberPerDay unanswered dial attempts a day per contact number
     * @param callsPerWindow calls per debt within call-window-days consecutive days
     * @param callWindowDays the window's length in days
     * @param coolingOffDays days (the conversation's day first) without calls after a conversation
     * @param holidayCalendar the name of the holiday calendar observed, none if unset
     */
    public record Profile(
            String version,
            String earliest,
            String latest,
            @DefaultValue("0") int dailyCallCap,
            @DefaultValue("0") int unansweredAttemptsPerNumberPerDay,
            @DefaultValue("0") int callsPerWindow,
            @DefaultValue("0") int callWindowDays,
            @DefaultValue("0") int coolingOffDays,
            String holidayCalendar) {
    }

    /** The validated profile in force; fails startup with the offending property named. */
    public ContactProfile toProfile() {
        require(profile != null && !profile.isBlank(), "profile must name the profile in force");
        String key = profile.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        Profile chosen = profiles == null ? null : profiles.get(key);
        require(chosen != null, "profiles." + key + " must be configured for profile " + profile);
        String at = "profiles." + key + ".";
        try {
            return new ContactProfile(key.toUpperCase(Locale.ROOT).replace('-', '_'), chosen.version(),
                    time(at + "earliest", chosen.earliest()), time(at + "latest", chosen.latest()),
                    chosen.dailyCallCap(), chosen.unansweredAttemptsPerNumberPerDay(), chosen.callsPerWindow(),
                    chosen.callWindowDays(), chosen.coolingOffDays(), holidays(at, chosen.holidayCalendar()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid contact profile " + PREFIX + at + ": " + e.getMessage(), e);
        }
    }

    private Set<LocalDate> holidays(String at, String calendar) {
        if (calendar == null || calendar.isBlank()) {
            return Set.of();
        }
        List<String> dates = holidayCalendars == null ? null : holidayCalendars.get(calendar);
        require(dates != null, "holiday-calendars." + calendar + " must be configured for " + at + "holiday-calendar");
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < dates.size(); i++) {
            try {
                days.add(LocalDate.parse(dates.get(i).strip()));
            } catch (DateTimeParseException e) {
                require(false, "holiday-calendars." + calendar + "[" + i + "] must be an ISO date, not " + dates.get(i));
            }
        }
        return days;
    }

    private static LocalTime time(String property, String value) {
        require(value != null, property + " must be set (HH:mm)");
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Invalid contact profile: " + PREFIX + property + " must be HH:mm, not "
                    + value, e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Invalid contact profile: " + PREFIX + message);
        }
    }
}
