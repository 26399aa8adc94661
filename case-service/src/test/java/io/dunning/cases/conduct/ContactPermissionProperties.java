package io.dunning.cases.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.conduct.ContactDecision.Permitted;
import io.dunning.cases.conduct.ContactDecision.Refused;
import io.dunning.events.cases.ConductChannel;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * RULEBOOK section 6 over generated schedules: random profiles (the three configured ones and arbitrary hours,
 * caps, windows and cooling-off), holidays around the day asked about, time zones with and without DST (including
 * zones whose day starts at 01:00 on a transition), instants biased to the window edges, random call histories.
 * The evaluation agrees with a plain reading of the profile, and every refusal's next allowed time is permitted
 * and the earliest such.
 */
class ContactPermissionProperties {

    static final PartyId BORROWER = new PartyId("p-borrower");
    static final PartyId GUARANTOR = new PartyId("p-guarantor");
    static final PartyId SISTER = new PartyId("p-sister");
    static final List<String> ZONES = List.of("Asia/Shanghai", "America/New_York", "Europe/Paris", "Europe/London",
            "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "America/Havana", "America/Santiago",
            "Asia/Kolkata", "UTC");

    record Scenario(ContactProfile profile, ContactRequest request, ContactHistory history, Instant at) {
    }

    @Property(tries = 3000)
    @Label("R6.1 R6.2 R6.5 no permitted contact breaks its profile, and every refusal names a rule the profile breaks")
    void permittedExactlyWhenTheProfileIsKept(@ForAll("scenarios") Scenario s) {
        ContactDecision decision = ContactPermissions.evaluate(s.profile(), s.request(), s.history(), s.at());
        assertThat(decision instanceof Permitted)
                .as("%s at %s", decision, s.at().atZone(s.request().zone()))
                .isEqualTo(!breaksProfile(s.profile(), s.request(), s.history(), s.at()));
        if (decision instanceof Permitted permitted) {
            assertThat(permitted.mayDiscloseDebt()).as("R6.5 only an obligor is told of the debt")
                    .isEqualTo(s.request().obligor());
        }
    }

    @Property(tries = 3000)
    @Label("R6.1 R6.2 every refusal's next allowed time is itself permitted, and nothing earlier is")
    void nextAllowedTimeIsTheEarliestPermitted(@ForAll("scenarios") Scenario s) {
        if (!(ContactPermissions.evaluate(s.profile(), s.request(), s.history(), s.at()) instanceof Refused refused)) {
            return;
        }
        if (refused.nextAllowedAt() == null) {
            assertThat(refused.rule()).isEqualTo("ThirdPartyOnlyWhenUnreachable");
            return;
        }
        Instant next = refused.nextAllowedAt();
        assertThat(next).isAfter(s.at());
        assertThat(ContactPermissions.evaluate(s.profile(), s.request(), s.history(), next))
                .as("at %s", next.atZone(s.request().zone())).isInstanceOf(Permitted.class);
        assertThat(breaksProfile(s.profile(), s.request(), s.history(), next)).isFalse();
        Instant justBefore = next.minusSeconds(1);
        if (justBefore.isAfter(s.at())) {
            assertThat(breaksProfile(s.profile(), s.request(), s.history(), justBefore))
                    .as("a second before %s", next.atZone(s.request().zone())).isTrue();
        }
    }

    /** The profile read plainly, independent of the rule classes. */
    static boolean breaksProfile(ContactProfile p, ContactRequest r, ContactHistory h, Instant at) {
        ZonedDateTime local = at.atZone(r.zone());
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (!r.obligor() && !h.obligorUnreachable()) {
            return true;
        }
        if (p.holidays().contains(day) || time.isBefore(p.earliest()) || !time.isBefore(p.latest())) {
            return true;
        }
        if (r.channel() != ConductChannel.CALL) {
            return false;
        }
        List<DialAttempt> mine = h.attempts().stream().filter(a -> a.party().equals(r.party())).toList();
        long today = mine.stream().filter(a -> daysBefore(a, day, r.zone()) == 0).count();
        long unansweredToday = mine.stream().filter(a -> daysBefore(a, day, r.zone()) == 0)
                .filter(a -> !a.answered() && a.contactPoint().equals(r.contactPoint())).count();
        long inWindow = mine.stream().filter(a -> daysBefore(a, day, r.zone()) >= 0
                && daysBefore(a, day, r.zone()) < p.callWindowDays()).count();
        boolean coolingOff = mine.stream().anyMatch(a -> a.answered() && daysBefore(a, day, r.zone()) >= 0
                && daysBefore(a, day, r.zone()) < p.coolingOffDays());
        return (p.dailyCallCap() > 0 && today >= p.dailyCallCap())
                || (p.unansweredAttemptsPerNumberPerDay() > 0 && unansweredToday >= p.unansweredAttemptsPerNumberPerDay())
                || (p.callsPerWindow() > 0 && inWindow >= p.callsPerWindow())
                || coolingOff;
    }

    private static long daysBefore(DialAttempt attempt, LocalDate day, ZoneId zone) {
        return ChronoUnit.DAYS.between(attempt.at().atZone(zone).toLocalDate(), day);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 364).map(n -> LocalDate.of(2026, 1, 1).plusDays(n));
        Arbitrary<Integer> minuteOfDay = Arbitraries.integers().between(0, 24 * 60 - 1);
        Arbitrary<Set<Integer>> holidayOffsets = Arbitraries.integers().between(-2, 10).set().ofMaxSize(6);
        Arbitrary<List<Attempt>> attempts = attempt().list().ofMaxSize(25);
        Arbitrary<Ask> asks = Combinators.combine(Arbitraries.of(BORROWER, GUARANTOR, SISTER),
                Arbitraries.of(ConductChannel.class), Arbitraries.of("mobile-1", "home-1"),
                Arbitraries.of(true, false)).as(Ask::new);
        return Combinators.combine(profiles(), zones, days, minuteOfDay, Arbitraries.integers().between(0, 3),
                        holidayOffsets, attempts, asks)
                .as((profile, zone, day, minute, edge, holidays, history, ask) -> {
                    LocalTime time = switch (edge) {   // a quarter at a window edge
                        case 0 -> LocalTime.MIN.plusMinutes(minute);
                        case 1 -> profile.earliest().minusMinutes(minute % 2);
                        case 2 -> profile.latest().minusMinutes(minute % 2);
                        default -> LocalTime.MIN.plusMinutes(minute);
                    };
                    Instant at = ZonedDateTime.of(day, time, zone).toInstant();
                    var withHolidays = withHolidays(profile,
                            holidays.stream().map(day::plusDays).collect(Collectors.toSet()));
                    var request = new ContactRequest(ask.party(), !ask.party().equals(SISTER), ask.channel(), zone,
                            ask.contactPoint());
                    var calls = history.stream().map(a -> new DialAttempt(a.party(), a.contactPoint(),
                            at.minusSeconds(a.secondsBefore()), a.answered())).toList();
                    return new Scenario(withHolidays, request, new ContactHistory(calls, ask.obligorUnreachable()), at);
                });
    }

    record Ask(PartyId party, ConductChannel channel, String contactPoint, boolean obligorUnreachable) {
    }

    record Attempt(PartyId party, String contactPoint, long secondsBefore, boolean answered) {
    }

    private static Arbitrary<Attempt> attempt() {
        return Combinators.combine(Arbitraries.of(BORROWER, BORROWER, GUARANTOR, SISTER),
                Arbitraries.of("mobile-1", "home-1"),
                Arbitraries.longs().between(1, 10L * 24 * 3600), Arbitraries.of(true, false, false)).as(Attempt::new);
    }

    private static Arbitrary<ContactProfile> profiles() {
        Arbitrary<ContactProfile> arbitrary = Combinators.combine(
                Arbitraries.integers().between(0, 11), Arbitraries.integers().between(13, 23),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(0, 7))
                .as((from, to, daily, unanswered, perWindow, windowDays, coolingOff) -> new ContactProfile("RANDOM",
                        "1", LocalTime.of(from, 0), LocalTime.of(to, 30), daily, unanswered, perWindow,
                        perWindow == 0 ? 0 : windowDays, coolingOff, Set.of()));
        return Arbitraries.oneOf(Arbitraries.of(Profiles.handbook(Set.of()), Profiles.cba2026(), Profiles.usRegF()),
                arbitrary);
    }

    private static ContactProfile withHolidays(ContactProfile p, Set<LocalDate> holidays) {
        return new ContactProfile(p.name(), p.version(), p.earliest(), p.latest(), p.dailyCallCap(),
                p.unansweredAttemptsPerNumberPerDay(), p.callsPerWindow(), p.callWindowDays(), p.coolingOffDays(),
                holidays);
    }
}
