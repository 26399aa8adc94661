package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.cases.NoticeDelivered;
import io.dunning.events.cases.NoticeFailed;
import io.dunning.events.cases.NoticeReturned;
import io.dunning.events.cases.NoticeSent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK sections 3 and 1.3: what notice-service reports about the case's letters and SMS is kept on the case. */
class CollectionCaseNoticeTest {

    private static final String LETTER = "BR-SH-01-2026-000042";
    private static final String WAYBILL = "SF1234567890";
    // 17:30 UTC on 2 Feb is 01:30 on 3 Feb in Shanghai: the follow-up counts days in the bank's zone (3 Feb + 3)
    private static final Instant RETURNED_AT = Instant.parse("2026-02-02T17:30:00Z");
    private static final Instant SENT_AT = Instant.parse("2026-01-31T02:00:00Z");

    private final FixtureConfiguration<CollectionCase> fixture = fixture();

    @Test
    @DisplayName("R3.1 a letter handed to the courier is recorded on the case with its letter number and waybill")
    void letterDispatchedIsRecordedWithLetterNumberAndWaybill() {
        fixture.given(history(30, true, BORROWER))
                .when(letterSent("ev-1"))
                .expectEvents(sent("ev-1"));
    }

    @Test
    @DisplayName("R3.1 R1.10 the same dispatch reported twice is recorded once")
    void sameDispatchReportedTwiceIsRecordedOnce() {
        fixture.given(withEvents(sent("ev-1")))
                .when(letterSent("ev-1-again"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R1.1 a reminder SMS sent is recorded on the case; one the gateway could not send is recorded as failed")
    void smsSentAndFailedAreRecorded() {
        Instant at = Instant.parse("2026-01-02T01:00:00Z");
        fixture.given(history(1, true, BORROWER))
                .when(new RecordNoticeSent(CASE, NoticeChannel.SMS, LadderStep.SMS_REMINDER, BORROWER.partyId(), null,
                        null, null, "sms-1", at, "ev-s"))
                .expectEvents(new NoticeSent(CASE, LOAN, NoticeChannel.SMS, LadderStep.SMS_REMINDER,
                        BORROWER.partyId(), null, null, null, "sms-1", at, "ev-s"));
        fixture.given(history(1, true, BORROWER))
                .when(new RecordNoticeFailed(CASE, LadderStep.SMS_REMINDER, BORROWER.partyId(), "sms-2",
                        "number unreachable", at, "ev-f"))
                .expectEvents(new NoticeFailed(CASE, LOAN, NoticeChannel.SMS, LadderStep.SMS_REMINDER,
                        BORROWER.partyId(), "sms-2", "number unreachable", at, "ev-f"));
    }

    @Test
    @DisplayName("R3.2 a delivered letter is recorded with its proof of delivery, once")
    void deliveredLetterIsRecordedWithProof() {
        Instant at = Instant.parse("2026-02-02T06:00:00Z");
        RecordNoticeDelivered delivered = new RecordNoticeDelivered(CASE, LETTER, WAYBILL, "POD-77", at, "ev-2");
        fixture.given(withEvents(sent("ev-1")))
                .when(delivered)
                .expectEvents(new NoticeDelivered(CASE, LOAN, LETTER, WAYBILL, "POD-77", at, "ev-2"));
        fixture.given(withEvents(sent("ev-1"), new NoticeDelivered(CASE, LOAN, LETTER, WAYBILL, "POD-77", at, "ev-2")))
                .when(delivered)
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 R1.3 a returned letter is recorded with the returned item and a follow-up is planned: verify the address, home visit")
    void returnedLetterIsRecordedAndFollowedUp() {
        fixture.given(withEvents(sent("ev-1")))
                .when(returned("ev-3"))
                .expectEvents(returnedEvent("ev-3"),
                        new FollowUpPlanned(CASE, LOAN, java.time.LocalDate.of(2026, 2, 6),
                                "letter " + LETTER + " returned: verify the address; home visit (R1.3)", null));
    }

    @Test
    @DisplayName("R3.2 R1.3 a returned letter reported twice is followed up once")
    void returnedLetterReportedTwiceIsFollowedUpOnce() {
        fixture.given(withEvents(sent("ev-1"), returnedEvent("ev-3")))
                .when(returned("ev-3-again"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R1.11 R3.2 a notice reported after the case closed changes nothing (a cure may race a delivery)")
    void noticeOnClosedCaseChangesNothing() {
        fixture.given(withEvents(sent("ev-1"), new CaseClosed(CASE, LOAN, CloseReason.CURED, day(35), "cb-pay")))
                .when(returned("ev-3"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("R3.1 a dispatch without a letter number is refused")
    void dispatchWithoutLetterNumberIsRefused() {
        fixture.given(history(30, true, BORROWER))
                .when(new RecordNoticeSent(CASE, NoticeChannel.LETTER, LadderStep.OVERDUE_NOTICE, BORROWER.partyId(),
                        " ", LetterType.OVERDUE_COLLECTION_NOTICE, WAYBILL, null, SENT_AT, "ev-x"))
                .expectException(violation(CaseRuleViolation.Code.MISSING_DETAIL));
    }

    private static List<Object> withEvents(Object... more) {
        List<Object> events = new ArrayList<>(history(30, true, BORROWER));
        events.addAll(List.of(more));
        return events;
    }

    private static RecordNoticeSent letterSent(String eventId) {
        return new RecordNoticeSent(CASE, NoticeChannel.LETTER, LadderStep.OVERDUE_NOTICE, BORROWER.partyId(), LETTER,
                LetterType.OVERDUE_COLLECTION_NOTICE, WAYBILL, null, SENT_AT, eventId);
    }

    private static NoticeSent sent(String eventId) {
        return new NoticeSent(CASE, LOAN, NoticeChannel.LETTER, LadderStep.OVERDUE_NOTICE, BORROWER.partyId(), LETTER,
                LetterType.OVERDUE_COLLECTION_NOTICE, WAYBILL, null, SENT_AT, eventId);
    }

    private static RecordNoticeReturned returned(String eventId) {
        return new RecordNoticeReturned(CASE, LETTER, WAYBILL, "addressee unknown", "RET-9", RETURNED_AT, eventId);
    }

    private static NoticeReturned returnedEvent(String eventId) {
        return new NoticeReturned(CASE, LOAN, LETTER, WAYBILL, "addressee unknown", "RET-9", RETURNED_AT, eventId);
    }
}
