package io.dunning.cases.conduct;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.conduct.ContactDecision.Permitted;
import io.dunning.cases.conduct.ContactDecision.Refused;
import io.dunning.events.cases.ConductChannel;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Boundary tests of each conduct rule (RULEBOOK section 6), in the party's own time zone. */
class ContactPermissionsTest {

    static final PartyId BORROWER = new PartyId("p-borrower");
    static final PartyId SISTER = new PartyId("p-sister");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    static ContactRequest call(ZoneId zone) {
        return new ContactRequest(BORROWER, true, ConductChannel.CALL, zone, "mobile-1");
    }

    static Instant local(LocalDate day, int hour, int minute, ZoneId zone) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    static ContactDecision evaluate(ContactProfile profile, ContactRequest request, ContactHistory history,
                                    Instant at) {
        return ContactPermissions.evaluate(profile, request, history, at);
    }

    static void assertPermitted(ContactDecision decision) {
        assertThat(decision).isInstanceOf(Permitted.class);
    }

    static void assertRefused(ContactDecision decision, String rule, Instant nextAllowedAt) {
        assertThat(decision).isInstanceOf(Refused.class);
        assertThat(((Refused) decision).rule()).isEqualTo(rule);
        assertThat(((Refused) decision).nextAllowedAt()).isEqualTo(nextAllowedAt);
    }

    static ContactHistory calls(ZoneId zone, boolean answered, LocalDateTime... at) {
        List<DialAttempt> attempts = new ArrayList<>();
        for (LocalDateTime t : at) {
            attempts.add(new DialAttempt(BORROWER, "mobile-1", t.atZone(zone).toInstant(), answered));
        }
        return new ContactHistory(attempts, false);
    }

    @Nested
    class ContactHours {

        @Test
        @DisplayName("R6.1 handbook: 06:59 refused until 07:00, 07:00 and 20:59 permitted, 21:00 refused until 07:00 next day")
        void handbookHours() {
            var p = Profiles.handbook();
            assertRefused(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 6, 59, SHANGHAI)),
                    "OutsideContactHours", local(MONDAY, 7, 0, SHANGHAI));
            assertPermitted(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 7, 0, SHANGHAI)));
            assertPermitted(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 20, 59, SHANGHAI)));
            assertRefused(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 21, 0, SHANGHAI)),
                    "OutsideContactHours", local(MONDAY.plusDays(1), 7, 0, SHANGHAI));
        }

        @Test
        @DisplayName("R6.1 CBA 2026: 07:59 refused, 08:00 and 21:59 permitted, 22:00 refused")
        void cbaHours() {
            var p = Profiles.cba2026();
            assertRefused(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 7, 59, SHANGHAI)),
                    "OutsideContactHours", local(MONDAY, 8, 0, SHANGHAI));
            assertPermitted(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 8, 0, SHANGHAI)));
            assertPermitted(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 21, 59, SHANGHAI)));
            assertRefused(evaluate(p, call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 22, 0, SHANGHAI)),
                    "OutsideContactHours", local(MONDAY.plusDays(1), 8, 0, SHANGHAI));
        }

        @Test
        @DisplayName("R6.1 Reg F: 07:59 refused, 08:00 and 20:59 permitted, 21:00 refused, in New York")
        void regFHours() {
            var p = Profiles.usRegF();
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, local(MONDAY, 7, 59, NEW_YORK)),
                    "OutsideContactHours", local(MONDAY, 8, 0, NEW_YORK));
            assertPermitted(evaluate(p, call(NEW_YORK), ContactHistory.NONE, local(MONDAY, 8, 0, NEW_YORK)));
            assertPermitted(evaluate(p, call(NEW_YORK), ContactHistory.NONE, local(MONDAY, 20, 59, NEW_YORK)));
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, local(MONDAY, 21, 0, NEW_YORK)),
                    "OutsideContactHours", local(MONDAY.plusDays(1), 8, 0, NEW_YORK));
        }

        @Test
        @DisplayName("R6.1 hours are the party's: 10:00 in Shanghai is 22:00 the evening before in New York, refused")
        void hoursAreThePartysOwn() {
            Instant tenInShanghai = local(MONDAY, 10, 0, SHANGHAI);
            assertPermitted(evaluate(Profiles.handbook(), call(SHANGHAI), ContactHistory.NONE, tenInShanghai));
            assertRefused(evaluate(Profiles.handbook(), call(NEW_YORK), ContactHistory.NONE, tenInShanghai),
                    "OutsideContactHours", local(MONDAY.minusDays(1).plusDays(1), 7, 0, NEW_YORK));
        }

        @Test
        @DisplayName("R6.1 DST New York spring forward: refused at 21:00 EST, next allowed 07:00 EDT = 11:00Z")
        void newYorkSpringForward() {
            var p = Profiles.handbook();
            Instant nineEst = OffsetDateTime.parse("2026-03-07T21:00-05:00").toInstant();
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, nineEst), "OutsideContactHours",
                    Instant.parse("2026-03-08T11:00:00Z"));
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-03-08T10:59:00Z")),
                    "OutsideContactHours", Instant.parse("2026-03-08T11:00:00Z"));
            assertPermitted(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-03-08T11:00:00Z")));
        }

        @Test
        @DisplayName("R6.1 DST New York fall back: refused at 21:00 EDT, next allowed 07:00 EST = 12:00Z")
        void newYorkFallBack() {
            var p = Profiles.handbook();
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE,
                            OffsetDateTime.parse("2026-10-31T21:00-04:00").toInstant()), "OutsideContactHours",
                    Instant.parse("2026-11-01T12:00:00Z"));
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-11-01T11:59:00Z")),
                    "OutsideContactHours", Instant.parse("2026-11-01T12:00:00Z"));
            assertPermitted(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-11-01T12:00:00Z")));
            assertPermitted(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-11-02T01:59:00Z")));
            assertRefused(evaluate(p, call(NEW_YORK), ContactHistory.NONE, Instant.parse("2026-11-02T02:00:00Z")),
                    "OutsideContactHours", Instant.parse("2026-11-02T12:00:00Z"));
        }

        @Test
        @DisplayName("R6.1 DST Paris: 06:59 CEST refused, 07:00 CEST permitted on the day clocks go forward and back")
        void parisTransitions() {
            var p = Profiles.handbook();
            assertRefused(evaluate(p, call(PARIS), ContactHistory.NONE,
                            OffsetDateTime.parse("2026-03-28T21:00+01:00").toInstant()), "OutsideContactHours",
                    Instant.parse("2026-03-29T05:00:00Z"));
            assertRefused(evaluate(p, call(PARIS), ContactHistory.NONE, Instant.parse("2026-03-29T04:59:00Z")),
                    "OutsideContactHours", Instant.parse("2026-03-29T05:00:00Z"));
            assertPermitted(evaluate(p, call(PARIS), ContactHistory.NONE, Instant.parse("2026-03-29T05:00:00Z")));
            assertRefused(evaluate(p, call(PARIS), ContactHistory.NONE, Instant.parse("2026-10-25T05:59:00Z")),
                    "OutsideContactHours", Instant.parse("2026-10-25T06:00:00Z"));
            assertPermitted(evaluate(p, call(PARIS), ContactHistory.NONE, Instant.parse("2026-10-25T06:00:00Z")));
        }
    }

    @Nested
    class Holidays {

        @Test
        @DisplayName("R6.2 no collection on a public holiday: National Day refused until 07:00 after Golden Week")
        void nationalDay() {
            var p = Profiles.handbook();
            var sms = new ContactRequest(BORROWER, true, ConductChannel.SMS, SHANGHAI, null);
            assertRefused(evaluate(p, sms, ContactHistory.NONE, local(LocalDate.of(2026, 10, 1), 10, 0, SHANGHAI)),
                    "PublicHoliday", local(LocalDate.of(2026, 10, 8), 7, 0, SHANGHAI));
            assertRefused(evaluate(p, sms, ContactHistory.NONE, local(LocalDate.of(2026, 10, 7), 20, 0, SHANGHAI)),
                    "PublicHoliday", local(LocalDate.of(2026, 10, 8), 7, 0, SHANGHAI));
            assertPermitted(evaluate(p, sms, ContactHistory.NONE, local(LocalDate.of(2026, 9, 30), 20, 59, SHANGHAI)));
            assertPermitted(evaluate(p, sms, ContactHistory.NONE, local(LocalDate.of(2026, 10, 8), 7, 0, SHANGHAI)));
        }

        @Test
        @DisplayName("R6.2 a holiday is a date of the party: 1 October in Paris is refused, 30 September in Los Angeles is not")
        void holidayInThePartysZone() {
            var p = Profiles.handbook();
            Instant parisEvening = OffsetDateTime.parse("2026-10-01T20:00+02:00").toInstant();
            assertThat(((Refused) evaluate(p, call(PARIS), ContactHistory.NONE, parisEvening)).rule())
                    .isEqualTo("PublicHoliday");
            Instant laEvening = OffsetDateTime.parse("2026-09-30T20:00-07:00").toInstant();
            assertPermitted(evaluate(p, call(ZoneId.of("America/Los_Angeles")), ContactHistory.NONE, laEvening));
        }
    }

    @Nested
    class Caps {

        LocalDateTime today(int hour) {
            return MONDAY.atTime(hour, 0);
        }

        @Test
        @DisplayName("R6.2 daily call cap 3: 2 calls today permitted, the 3rd made refuses a 4th until 07:00 tomorrow")
        void dailyCap() {
            var p = Profiles.handbook();
            Instant noon = local(MONDAY, 12, 0, SHANGHAI);
            assertPermitted(evaluate(p, call(SHANGHAI), calls(SHANGHAI, false, today(8), today(9)), noon));
            assertRefused(evaluate(p, call(SHANGHAI), calls(SHANGHAI, true, today(8), today(9), today(10)), noon),
                    "DailyCallCapReached", local(MONDAY.plusDays(1), 7, 0, SHANGHAI));
            // calls of the day before, even at 23:30 local, do not count
            assertPermitted(evaluate(p, call(SHANGHAI), calls(SHANGHAI, false, MONDAY.minusDays(1).atTime(23, 30),
                    MONDAY.minusDays(1).atTime(20, 0), today(9)), noon));
            // the cap counts calls, not texts or visits
            var sms = new ContactRequest(BORROWER, true, ConductChannel.SMS, SHANGHAI, null);
            assertPermitted(evaluate(p, sms, calls(SHANGHAI, false, today(8), today(9), today(10)), noon));
        }

        @Test
        @DisplayName("R6.1 CBA 2026: 5 unanswered attempts to a number permitted, the 6th refuses until 08:00 tomorrow; other numbers and answered calls do not count")
        void unansweredAttempts() {
            var p = Profiles.cba2026();
            Instant evening = local(MONDAY, 20, 0, SHANGHAI);
            LocalDateTime[] five = {today(8), today(9), today(10), today(11), today(12)};
            LocalDateTime[] six = {today(8), today(9), today(10), today(11), today(12), today(13)};
            assertPermitted(evaluate(p, call(SHANGHAI), calls(SHANGHAI, false, five), evening));
            assertRefused(evaluate(p, call(SHANGHAI), calls(SHANGHAI, false, six), evening),
                    "UnansweredAttemptsCap", local(MONDAY.plusDays(1), 8, 0, SHANGHAI));
            var otherNumber = new ContactRequest(BORROWER, true, ConductChannel.CALL, SHANGHAI, "home-1");
            assertPermitted(evaluate(p, otherNumber, calls(SHANGHAI, false, six), evening));
            assertPermitted(evaluate(p, call(SHANGHAI), calls(SHANGHAI, true, six), evening));
        }

        @Test
        @DisplayName("R6.1 Reg F 7 in 7 days: 6 calls in the window permitted, 7 refused until the oldest leaves the window")
        void sevenInSeven() {
            var p = Profiles.usRegF();
            Instant noon = local(MONDAY, 12, 0, NEW_YORK);
            LocalDateTime[] sixDays = new LocalDateTime[6];
            LocalDateTime[] sevenDays = new LocalDateTime[7];
            for (int i = 0; i < 7; i++) {
                sevenDays[i] = MONDAY.minusDays(6 - i).atTime(9, 0);   // one call a day, days -6 .. today
                if (i < 6) {
                    sixDays[i] = sevenDays[i];
                }
            }
            assertPermitted(evaluate(p, call(NEW_YORK), calls(NEW_YORK, false, sixDays), noon));
            assertRefused(evaluate(p, call(NEW_YORK), calls(NEW_YORK, false, sevenDays), noon),
                    "SevenInSevenDays", local(MONDAY.plusDays(1), 8, 0, NEW_YORK));
            // seven calls three days ago: the window leaves them 7 days after that day
            LocalDateTime threeDaysAgo = MONDAY.minusDays(3).atTime(9, 0);
            LocalDateTime[] burst = {threeDaysAgo, threeDaysAgo, threeDaysAgo, threeDaysAgo, threeDaysAgo,
                    threeDaysAgo, threeDaysAgo};
            assertRefused(evaluate(p, call(NEW_YORK), calls(NEW_YORK, false, burst), noon),
                    "SevenInSevenDays", local(MONDAY.plusDays(4), 8, 0, NEW_YORK));
            // seven calls seven days ago are out of the window
            LocalDateTime sevenAgo = MONDAY.minusDays(7).atTime(9, 0);
            assertPermitted(evaluate(p, call(NEW_YORK), calls(NEW_YORK, false, sevenAgo, sevenAgo, sevenAgo,
                    sevenAgo, sevenAgo, sevenAgo, sevenAgo), noon));
        }

        @Test
        @DisplayName("R6.1 Reg F cooling-off: a conversation 6 days ago still refuses, 7 days ago no longer")
        void coolingOff() {
            var p = Profiles.usRegF();
            Instant noon = local(MONDAY, 12, 0, NEW_YORK);
            assertRefused(evaluate(p, call(NEW_YORK), calls(NEW_YORK, true, MONDAY.minusDays(6).atTime(9, 0)), noon),
                    "ConversationCoolingOff", local(MONDAY.plusDays(1), 8, 0, NEW_YORK));
            assertPermitted(evaluate(p, call(NEW_YORK), calls(NEW_YORK, true, MONDAY.minusDays(7).atTime(20, 0)), noon));
            assertRefused(evaluate(p, call(NEW_YORK), calls(NEW_YORK, true, MONDAY.atTime(9, 0)), noon),
                    "ConversationCoolingOff", local(MONDAY.plusDays(7), 8, 0, NEW_YORK));
            // unanswered calls are no conversation
            assertPermitted(evaluate(p, call(NEW_YORK), calls(NEW_YORK, false, MONDAY.atTime(9, 0)), noon));
        }
    }

    @Nested
    class ThirdParties {

        @Test
        @DisplayName("R6.5 a third party is refused while no obligor is unreachable, and no time lifts it")
        void thirdPartyWhileObligorReachable() {
            var sister = new ContactRequest(SISTER, false, ConductChannel.CALL, SHANGHAI, null);
            assertRefused(evaluate(Profiles.handbook(), sister, ContactHistory.NONE, local(MONDAY, 10, 0, SHANGHAI)),
                    "ThirdPartyOnlyWhenUnreachable", null);
        }

        @Test
        @DisplayName("R6.5 a third party may be contacted when the obligor is unreachable, never told of the debt")
        void thirdPartyWhenObligorUnreachable() {
            var sister = new ContactRequest(SISTER, false, ConductChannel.CALL, SHANGHAI, null);
            var unreachable = new ContactHistory(List.of(), true);
            assertThat(evaluate(Profiles.handbook(), sister, unreachable, local(MONDAY, 10, 0, SHANGHAI)))
                    .isEqualTo(new Permitted(false));
            assertThat(evaluate(Profiles.handbook(), call(SHANGHAI), ContactHistory.NONE, local(MONDAY, 10, 0, SHANGHAI)))
                    .isEqualTo(new Permitted(true));
        }
    }
}
