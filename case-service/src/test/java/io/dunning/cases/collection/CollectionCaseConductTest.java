package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.conduct.ContactDecision;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.ConductChannel;
import io.dunning.events.cases.ContactPermitted;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.DialAttempted;
import io.dunning.events.cases.ObligorMarkedUnreachable;
import io.dunning.events.common.PartyId;
import java.time.Instant;
import java.time.ZoneId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK section 6 on the case: every answer is recorded, a refusal with its rule, version and next time. */
class CollectionCaseConductTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final PartyId SISTER = new PartyId("p-sister");
    private static final Instant TEN_AM = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant NINE_PM = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant SEVEN_AM_NEXT_DAY = Instant.parse("2026-03-02T23:00:00Z");

    private static FixtureConfiguration<CollectionCase> fixture() {
        return Cases.fixture();
    }

    private static CheckContactPermission check(PartyId party, ConductChannel channel, Instant at) {
        return new CheckContactPermission(CASE, party, channel, SHANGHAI, at, null, COLLECTOR);
    }

    private static ContactPermitted permitted(PartyId party, Instant at, boolean mayDiscloseDebt) {
        return new ContactPermitted(CASE, LOAN, party, ConductChannel.CALL, "Asia/Shanghai", at, mayDiscloseDebt,
                "HANDBOOK", "2026.1", COLLECTOR);
    }

    private static ContactRefused refused(PartyId party, ConductChannel channel, Instant at, String rule,
                                          String reason, Instant next) {
        return new ContactRefused(CASE, LOAN, party, channel, "Asia/Shanghai", at, rule, reason, next, "HANDBOOK",
                "2026.1", COLLECTOR);
    }

    private static DialAttempted dialled(PartyId party, Instant at, boolean answered) {
        return new DialAttempted(CASE, LOAN, party, "primary", at, answered, COLLECTOR);
    }

    @Test
    @DisplayName("R6.1 a call to the borrower at 10:00 local is permitted and recorded with the profile's version")
    void callWithinHoursIsPermitted() {
        fixture().given(caseOpened(20, true, BORROWER))
                .when(check(BORROWER.partyId(), ConductChannel.CALL, TEN_AM))
                .expectEvents(permitted(BORROWER.partyId(), TEN_AM, true))
                .expectResultMessagePayload(new ContactDecision.Permitted(true));
    }

    @Test
    @DisplayName("R6.1 a call at 21:00 local is refused, recorded with the rule and the next allowed time 07:00")
    void callAtNineInTheEveningIsRefused() {
        String reason = "R6.1 contact only between 07:00 and 21:00 in the party's local time (Asia/Shanghai); "
                + "it is 21:00 there";
        fixture().given(caseOpened(20, true, BORROWER))
                .when(check(BORROWER.partyId(), ConductChannel.SMS, NINE_PM))
                .expectEvents(refused(BORROWER.partyId(), ConductChannel.SMS, NINE_PM, "OutsideContactHours", reason,
                        SEVEN_AM_NEXT_DAY))
                .expectResultMessagePayload(new ContactDecision.Refused("OutsideContactHours", reason,
                        SEVEN_AM_NEXT_DAY));
    }

    @Test
    @DisplayName("R6.2 after three calls recorded today a fourth is refused by the daily call cap until 07:00 tomorrow")
    void dailyCallCap() {
        PartyId borrower = BORROWER.partyId();
        fixture().given(caseOpened(20, true, BORROWER))
                .andGivenCommands(new RecordDialAttempt(CASE, borrower, null, TEN_AM, false, COLLECTOR),
                        new RecordDialAttempt(CASE, borrower, null, TEN_AM.plusSeconds(3600), true, COLLECTOR))
                .when(new RecordDialAttempt(CASE, borrower, " ", TEN_AM.plusSeconds(7200), false, COLLECTOR))
                .expectEvents(dialled(borrower, TEN_AM.plusSeconds(7200), false));
        fixture().given(caseOpened(20, true, BORROWER), dialled(borrower, TEN_AM, false),
                        dialled(borrower, TEN_AM.plusSeconds(3600), true), dialled(borrower, TEN_AM.plusSeconds(7200), false))
                .when(check(borrower, ConductChannel.CALL, TEN_AM.plusSeconds(10800)))
                .expectEvents(refused(borrower, ConductChannel.CALL, TEN_AM.plusSeconds(10800), "DailyCallCapReached",
                        "R6.2 at most 3 calls a day to the same customer; 3 made on 2026-03-02 (Asia/Shanghai)",
                        SEVEN_AM_NEXT_DAY));
    }

    @Test
    @DisplayName("R6.2 no collection on a public holiday: a visit on National Day is refused until 07:00 on 8 October")
    void publicHoliday() {
        Instant nationalDay = Instant.parse("2026-10-01T02:00:00Z");
        fixture().given(caseOpened(20, true, BORROWER))
                .when(check(BORROWER.partyId(), ConductChannel.VISIT, nationalDay))
                .expectEvents(refused(BORROWER.partyId(), ConductChannel.VISIT, nationalDay, "PublicHoliday",
                        "R6.2 no collection on public holidays; 2026-10-01 is one", Instant.parse("2026-10-07T23:00:00Z")));
    }

    @Test
    @DisplayName("R6.5 a third party is refused while the obligor is reachable; no time lifts it")
    void thirdPartyRefusedWhileObligorReachable() {
        fixture().given(caseOpened(20, true, BORROWER))
                .when(check(SISTER, ConductChannel.CALL, TEN_AM))
                .expectEvents(refused(SISTER, ConductChannel.CALL, TEN_AM, "ThirdPartyOnlyWhenUnreachable",
                        "R6.5 a third party is contacted only when the obligor cannot be reached; no obligor of this "
                                + "case is recorded as unreachable", null));
    }

    @Test
    @DisplayName("R6.5 once the obligor is marked unreachable a third party may be contacted, never told of the debt")
    void thirdPartyPermittedWhenObligorUnreachableWithoutDisclosure() {
        var unreachable = new ObligorMarkedUnreachable(CASE, LOAN, BORROWER.partyId(), "3 days no answer, address empty",
                COLLECTOR);
        fixture().given(caseOpened(20, true, BORROWER))
                .when(new MarkObligorUnreachable(CASE, BORROWER.partyId(), "3 days no answer, address empty", COLLECTOR))
                .expectEvents(unreachable);
        fixture().given(caseOpened(20, true, BORROWER), unreachable)
                .when(check(SISTER, ConductChannel.CALL, TEN_AM))
                .expectEvents(permitted(SISTER, TEN_AM, false))
                .expectResultMessagePayload(new ContactDecision.Permitted(false));
    }

    @Test
    @DisplayName("R6.5 an answered call to the obligor makes the obligor reachable again: third parties are refused")
    void obligorReachedAgain() {
        fixture().given(caseOpened(20, true, BORROWER),
                        new ObligorMarkedUnreachable(CASE, LOAN, BORROWER.partyId(), "no answer", COLLECTOR),
                        dialled(BORROWER.partyId(), TEN_AM, true))
                .when(check(SISTER, ConductChannel.CALL, TEN_AM.plusSeconds(60)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ContactRefused.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    @DisplayName("R6.5 only an obligor of the case can be marked unreachable")
    void onlyAnObligorIsMarkedUnreachable() {
        fixture().given(caseOpened(20, true, BORROWER))
                .when(new MarkObligorUnreachable(CASE, SISTER, "no answer", COLLECTOR))
                .expectException(violation(Code.NOT_AN_OBLIGOR));
        fixture().given(caseOpened(20, true, BORROWER))
                .when(new MarkObligorUnreachable(CASE, BORROWER.partyId(), " ", COLLECTOR))
                .expectException(violation(Code.MISSING_DETAIL));
    }

    @Test
    @DisplayName("R1.11 a closed case answers no contact question")
    void closedCase() {
        fixture().given(caseOpened(20, true, BORROWER),
                        new CaseClosed(CASE, LOAN, CloseReason.CURED, day(21), "cb-close"))
                .when(check(BORROWER.partyId(), ConductChannel.CALL, TEN_AM))
                .expectException(violation(Code.CASE_CLOSED));
    }
}
