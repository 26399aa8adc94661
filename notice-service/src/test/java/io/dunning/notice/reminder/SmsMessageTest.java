package io.dunning.notice.reminder;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.SmsFailed;
import io.dunning.events.notice.SmsSent;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SmsMessage aggregate: a friendly reminder SMS (R1.1), sent once (R1.10), cancelled by a cure (R1.11). */
class SmsMessageTest {

    private static final CaseId CASE = new CaseId("c-1");
    private static final LoanId LOAN = new LoanId("LN-1");
    private static final PartyId BORROWER = new PartyId("P-1");
    private static final String ID = SmsIds.of(CASE, LadderStep.SMS_REMINDER, BORROWER);
    private static final Instant SENT_AT = Instant.parse("2026-03-02T09:00:00Z");

    private static final SmsRequested REQUESTED = new SmsRequested(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER,
            ObligorRole.BORROWER, ReminderText.TEMPLATE, null);
    private static final SmsSubmitted SUBMITTED = new SmsSubmitted(ID);
    private static final SmsSent SENT = new SmsSent(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER, "M-1", SENT_AT);

    private FixtureConfiguration<SmsMessage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SmsMessage.class);
    }

    @Test
    @DisplayName("R1.1 a reminder SMS is requested under its SMS id")
    void aReminderSmsIsRequested() {
        fixture.givenNoPriorActivity()
                .when(new RequestSms(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER, ObligorRole.BORROWER,
                        ReminderText.TEMPLATE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REQUESTED);
    }

    @Test
    void anIncompleteRequestIsRefusedWithACode() {
        fixture.givenNoPriorActivity()
                .when(new RequestSms(ID, CASE, LOAN, LadderStep.SMS_REMINDER, null, ObligorRole.BORROWER,
                        ReminderText.TEMPLATE, null))
                .expectException(SmsRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRequestedSmsMayBeSubmittedAndASubmittedOneAgainAfterACrash() {
        fixture.given(REQUESTED).when(new SubmitSms(ID)).expectResultMessagePayload(true).expectEvents(SUBMITTED);
        fixture.given(REQUESTED, SUBMITTED).when(new SubmitSms(ID)).expectResultMessagePayload(true)
                .expectNoEvents();
    }

    @Test
    @DisplayName("R1.10 a sent, failed or cancelled SMS is never submitted again (a replay sends nothing)")
    void aSettledSmsIsNeverSubmittedAgain() {
        fixture.given(REQUESTED, SUBMITTED, SENT).when(new SubmitSms(ID)).expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(REQUESTED, new DispatchCancelled(CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER, null, "x"))
                .when(new SubmitSms(ID)).expectResultMessagePayload(false).expectNoEvents();
    }

    @Test
    void theProvidersAcceptanceIsRecordedOnceAndARepeatIsAbsorbed() {
        fixture.given(REQUESTED, SUBMITTED).when(new RecordSmsSent(ID, "M-1", SENT_AT)).expectEvents(SENT);
        fixture.given(REQUESTED, SUBMITTED, SENT).when(new RecordSmsSent(ID, "M-1", SENT_AT)).expectNoEvents();
    }

    @Test
    void aRefusalIsRecordedAsSmsFailedWithItsReason() {
        fixture.given(REQUESTED, SUBMITTED)
                .when(new RecordSmsFailed(ID, "REJECTED 422 UNDELIVERABLE", SENT_AT))
                .expectEvents(new SmsFailed(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER,
                        "REJECTED 422 UNDELIVERABLE", SENT_AT));
    }

    @Test
    void anOutcomeWithoutASubmissionOrContradictingTheRecordedOneIsRefused() {
        fixture.given(REQUESTED).when(new RecordSmsSent(ID, "M-1", SENT_AT))
                .expectExceptionMessage("SMS " + ID + " was never handed to the provider");
        fixture.given(REQUESTED, SUBMITTED, SENT).when(new RecordSmsFailed(ID, "late", SENT_AT))
                .expectException(SmsRuleViolation.class).expectNoEvents();
    }

    @Test
    @DisplayName("R1.11 a cure cancels an SMS not yet handed to the provider")
    void aCureCancelsAnSmsNotYetHandedOver() {
        fixture.given(REQUESTED).when(new CancelSms(ID, "case cured")).expectResultMessagePayload(true)
                .expectEvents(new DispatchCancelled(CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER, null,
                        "case cured"));
    }

    @Test
    @DisplayName("R1.11 an SMS already handed to the provider, or cancelled, stays as it is")
    void aCureDoesNotCancelAnSmsAlreadyHandedOver() {
        fixture.given(REQUESTED, SUBMITTED).when(new CancelSms(ID, "case cured")).expectResultMessagePayload(false)
                .expectNoEvents();
        fixture.given(REQUESTED, new DispatchCancelled(CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER, null, "x"))
                .when(new CancelSms(ID, "case cured")).expectResultMessagePayload(false).expectNoEvents();
    }

    @Test
    @DisplayName("R6.1 an SMS failed because its contact window closed releases its dispatch; a refused one does not")
    void onlyAWindowMissReleasesTheDispatch() {
        SmsFailed missed = new SmsFailed(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER,
                SmsFailed.OUTSIDE_CONTACT_WINDOW, SENT_AT);
        fixture.given(REQUESTED, SUBMITTED, missed).when(new ReleaseSms(ID)).expectResultMessagePayload(true)
                .expectNoEvents();
        fixture.given(REQUESTED, SUBMITTED, new SmsFailed(ID, CASE, LOAN, LadderStep.SMS_REMINDER, BORROWER,
                "REJECTED 422 UNDELIVERABLE", SENT_AT)).when(new ReleaseSms(ID)).expectResultMessagePayload(false);
        fixture.given(REQUESTED, SUBMITTED, SENT).when(new ReleaseSms(ID)).expectResultMessagePayload(false);
    }
}
