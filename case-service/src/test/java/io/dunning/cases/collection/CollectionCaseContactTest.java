package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.promise.PromiseDue;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.ContactChannel;
import io.dunning.events.cases.ContactRecorded;
import io.dunning.events.cases.ContactedParty;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** RULEBOOK section 4 and R6.3, R6.4: every contact recorded in full; a visit by two collectors, with evidence. */
class CollectionCaseContactTest {

    private static final UserId SECOND_COLLECTOR = new UserId("collector-chen");
    private static final Instant AT = Instant.parse("2026-02-01T02:00:00Z");
    private static final LocalDate PROMISED_FOR = LocalDate.of(2026, 2, 10);
    private static final List<String> PHOTOS = List.of("photo://v1/1.jpg", "photo://v1/2.jpg");

    private static RecordContact contact(ContactChannel channel, List<UserId> participants, String recording,
                                         List<String> photos, BigDecimal amount, LocalDate by) {
        return new RecordContact(CASE, "c-1", channel, AT, "customer's home", participants,
                BORROWER.partyId(), ContactedParty.OBLIGOR, "explained the arrears and the penalty",
                "apologised, lost his job", "pays 300 by 10 Feb", amount, by, recording, photos, COLLECTOR);
    }

    private static RecordContact call() {
        return contact(ContactChannel.PHONE_CALL, List.of(COLLECTOR), null, null, null, null);
    }

    private static ContactRecorded recorded(ContactChannel channel, List<UserId> participants, String promiseId,
                                            String recording, List<String> photos) {
        return new ContactRecorded(CASE, LOAN, "c-1", channel, AT, "customer's home", participants,
                BORROWER.partyId(), ContactedParty.OBLIGOR, "explained the arrears and the penalty",
                "apologised, lost his job", "pays 300 by 10 Feb", promiseId, recording, photos, COLLECTOR);
    }

    @ParameterizedTest(name = "R4.1 a contact by {0} is recorded")
    @EnumSource(value = ContactChannel.class, names = {"SMS", "PHONE_CALL", "LETTER", "MEETING"})
    @DisplayName("R4.1 every channel that is not a visit is recorded as it is")
    void everyChannelIsRecorded(ContactChannel channel) {
        fixture().given(history(20, true, BORROWER))
                .when(contact(channel, List.of(COLLECTOR), null, null, null, null))
                .expectEvents(recorded(channel, List.of(COLLECTOR), null, null, List.of()));
    }

    @Test
    @DisplayName("R4.2 a contact records time, place, participants, points made and reaction, or is refused")
    void anIncompleteContactIsRefused() {
        RecordContact c = call();
        fixture().given(history(20, true, BORROWER))
                .when(new RecordContact(CASE, "c-1", c.channel(), AT, " ", c.participants(), c.party(),
                        c.partyKind(), c.pointsMade(), c.customerReaction(), null, null, null, null, null, COLLECTOR))
                .expectException(violation(Code.CONTACT_INCOMPLETE));
        fixture().given(history(20, true, BORROWER))
                .when(new RecordContact(CASE, "c-1", c.channel(), null, "phone", c.participants(), c.party(),
                        c.partyKind(), c.pointsMade(), c.customerReaction(), null, null, null, null, null, COLLECTOR))
                .expectException(violation(Code.CONTACT_INCOMPLETE));
        fixture().given(history(20, true, BORROWER))
                .when(new RecordContact(CASE, "c-1", c.channel(), AT, "phone", c.participants(), c.party(),
                        c.partyKind(), c.pointsMade(), "", null, null, null, null, null, COLLECTOR))
                .expectException(violation(Code.CONTACT_INCOMPLETE));
    }

    @Test
    @DisplayName("R4.2 what was agreed, a promised amount and date, becomes a promise with its timer (R5.1)")
    void aPromiseAgreedInAContactIsAPromiseMade() {
        fixture().givenCurrentTime(AT).andGiven(history(20, true, BORROWER))
                .when(contact(ContactChannel.PHONE_CALL, List.of(COLLECTOR), null, null, amount("300.00"),
                        PROMISED_FOR))
                .expectEvents(recorded(ContactChannel.PHONE_CALL, List.of(COLLECTOR), "contact-c-1", null, List.of()),
                        new PromiseMade(CASE, LOAN, "contact-c-1", amount("300.00"), PROMISED_FOR, null, COLLECTOR))
                .expectScheduledDeadline(Instant.parse("2026-02-10T16:00:00Z"), new PromiseDue("contact-c-1"));
        fixture().given(history(20, true, BORROWER))
                .when(contact(ContactChannel.PHONE_CALL, List.of(COLLECTOR), null, null, amount("300.00"), null))
                .expectException(violation(Code.CONTACT_INCOMPLETE));
        fixture().given(history(20, true, BORROWER))
                .when(contact(ContactChannel.PHONE_CALL, List.of(COLLECTOR), null, null, amount("-1"), PROMISED_FOR))
                .expectException(violation(Code.PROMISE_AMOUNT_NOT_POSITIVE));
    }

    @Test
    @DisplayName("R4.2 a contact is recorded once; its party is an obligor of the loan when recorded as one")
    void aContactIsRecordedOnceAndNamesAKnownObligor() {
        fixture().given(history(20, true, BORROWER))
                .andGivenCommands(call())
                .when(call())
                .expectException(violation(Code.DUPLICATE_CONTACT));
        RecordContact c = call();
        fixture().given(history(20, true, BORROWER))
                .when(new RecordContact(CASE, "c-1", c.channel(), AT, c.place(), c.participants(),
                        new PartyId("p-stranger"), ContactedParty.OBLIGOR, c.pointsMade(), c.customerReaction(), null,
                        null, null, null, null, COLLECTOR))
                .expectException(violation(Code.UNKNOWN_OBLIGOR));
    }

    @Test
    @DisplayName("R4.3 a home visit by two collectors with its recording and two photos is recorded")
    void aVisitWithItsEvidenceIsRecorded() {
        List<UserId> two = List.of(COLLECTOR, SECOND_COLLECTOR);
        fixture().given(history(40, true, BORROWER))
                .when(contact(ContactChannel.HOME_VISIT, two, "rec://v1", PHOTOS, null, null))
                .expectEvents(recorded(ContactChannel.HOME_VISIT, two, null, "rec://v1", PHOTOS));
    }

    @ParameterizedTest(name = "R4.3 a {0} without its recording or two photos is refused")
    @EnumSource(value = ContactChannel.class, names = {"HOME_VISIT", "WORKPLACE_VISIT"})
    @DisplayName("R4.3 a visit without its recording or two photos is refused")
    void aVisitWithoutEvidenceIsRefused(ContactChannel visit) {
        List<UserId> two = List.of(COLLECTOR, SECOND_COLLECTOR);
        fixture().given(history(40, true, BORROWER))
                .when(contact(visit, two, null, PHOTOS, null, null))
                .expectException(violation(Code.VISIT_EVIDENCE_MISSING));
        fixture().given(history(40, true, BORROWER))
                .when(contact(visit, two, "rec://v1", List.of("photo://v1/1.jpg"), null, null))
                .expectException(violation(Code.VISIT_EVIDENCE_MISSING));
        fixture().given(history(40, true, BORROWER))
                .when(contact(visit, two, "rec://v1", List.of("photo://v1/1.jpg", "photo://v1/1.jpg"), null, null))
                .expectException(violation(Code.VISIT_EVIDENCE_MISSING));
    }

    @ParameterizedTest(name = "R6.3 a {0} by one collector is refused")
    @EnumSource(value = ContactChannel.class, names = {"HOME_VISIT", "WORKPLACE_VISIT"})
    @DisplayName("R6.3 a home or workplace visit is made by at least two collectors")
    void aVisitByOneCollectorIsRefused(ContactChannel visit) {
        fixture().given(history(40, true, BORROWER))
                .when(contact(visit, List.of(COLLECTOR), "rec://v1", PHOTOS, null, null))
                .expectException(violation(Code.VISIT_NEEDS_TWO_COLLECTORS));
        fixture().given(history(40, true, BORROWER))
                .when(contact(visit, List.of(COLLECTOR, COLLECTOR), "rec://v1", PHOTOS, null, null))
                .expectException(violation(Code.VISIT_NEEDS_TWO_COLLECTORS));
    }

    @Test
    @DisplayName("R6.4 the collector identifies himself: who records a contact must be one of its participants")
    void theCollectorRecordingMustHaveTakenPart() {
        fixture().given(history(20, true, BORROWER))
                .when(contact(ContactChannel.PHONE_CALL, List.of(SECOND_COLLECTOR), null, null, null, null))
                .expectException(violation(Code.COLLECTOR_NOT_IDENTIFIED));
    }

    @Test
    @DisplayName("R1.11 a closed case records no more contacts")
    void aClosedCaseRecordsNoContacts() {
        fixture().given(history(20, true, BORROWER))
                .andGiven(new CaseClosed(CASE, LOAN, CloseReason.CURED, day(21), "cb-x"))
                .when(call())
                .expectException(violation(Code.CASE_CLOSED));
    }
}
