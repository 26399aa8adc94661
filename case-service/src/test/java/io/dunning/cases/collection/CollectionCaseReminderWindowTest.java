package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.events.cases.ConductChannel;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.NoticeChannel;
import io.dunning.events.cases.NoticeFailed;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderDeferred;
import io.dunning.events.notice.SmsFailed;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A reminder is carried out inside the contact window it was permitted in (RULEBOOK section 6, ADR 0009): it is
 * requested with the window's end, and an SMS notice-service could not send before that end is deferred to the next
 * allowed time and requested anew then, once.
 */
class CollectionCaseReminderWindowTest {

    /** Monday 2 March 2026, 20:59 in Shanghai. */
    private static final Instant LATE = Instant.parse("2026-03-02T12:59:00Z");
    /** 21:00 that evening: the handbook's window closes (R6.1). */
    private static final Instant NINE_PM = Instant.parse("2026-03-02T13:00:00Z");
    /** 21:05: the SMS, delayed by an outage, finds its window closed. */
    private static final Instant TOO_LATE = Instant.parse("2026-03-02T13:05:00Z");
    /** Tuesday 3 March 2026, 07:00 in Shanghai. */
    private static final Instant SEVEN_AM = Instant.parse("2026-03-02T23:00:00Z");
    private static final String SMS_ID = "SMS-1";
    private static final String HOURS = "R6.1 contact only between 07:00 and 21:00 in the party's local time "
            + "(Asia/Shanghai); it is 21:05 there";


    private static RecordNoticeFailed smsFailed(String reason) {
        return new RecordNoticeFailed(CASE, LadderStep.SMS_REMINDER, BORROWER.partyId(), SMS_ID, reason, TOO_LATE,
                "ce-failed");
    }

    private static NoticeFailed noticeFailed(String reason) {
        return new NoticeFailed(CASE, LOAN, NoticeChannel.SMS, LadderStep.SMS_REMINDER, BORROWER.partyId(), SMS_ID,
                reason, TOO_LATE, "ce-failed");
    }

    private static Object[] deferredAfterNine() {
        return new Object[] {
                new ContactRefused(CASE, LOAN, BORROWER.partyId(), ConductChannel.SMS, "Asia/Shanghai", TOO_LATE,
                        "OutsideContactHours", HOURS, SEVEN_AM, "HANDBOOK", "2026.1", ReminderDesk.LADDER),
                new ReminderDeferred(CASE, LOAN, LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER.partyId(),
                        BORROWER.role(), 1, "OutsideContactHours", SEVEN_AM, VERSION)};
    }

    @Test
    @DisplayName("R6.1 R1.1 a reminder permitted at 20:59 local is requested to be sent before 21:00 local")
    void aPermittedReminderCarriesTheEndOfItsWindow() {
        at(LATE).givenNoPriorActivity()
                .when(openCase(1, BORROWER))
                .expectEvents(caseOpened(1, true, BORROWER),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1).sendingBefore(NINE_PM),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 1)
                                .sendingBefore(NINE_PM));
    }

    @Test
    @DisplayName("R6.1 an SMS not sent before its window closed is recorded failed, refused and deferred to 07:00")
    void anSmsPastItsWindowIsDeferredToTheNextAllowedTime() {
        at(TOO_LATE).given(caseOpened(1, true, BORROWER),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, LATE))
                .when(smsFailed(SmsFailed.OUTSIDE_CONTACT_WINDOW))
                .expectEvents(noticeFailed(SmsFailed.OUTSIDE_CONTACT_WINDOW), deferredAfterNine()[0], deferredAfterNine()[1])
                .expectScheduledDeadline(SEVEN_AM,
                        new ReminderDue(LadderStep.SMS_REMINDER, BORROWER.partyId(), SEVEN_AM));
    }

    @Test
    @DisplayName("R6.1 R1.10 at 07:00 the SMS is requested anew with that day's window end, and only it")
    void theDeferredSmsIsRequestedAnewAtTheNextAllowedTime() {
        at(TOO_LATE).given(caseOpened(1, true, BORROWER),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, LATE),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 1, LATE))
                .andGivenCommands(smsFailed(SmsFailed.OUTSIDE_CONTACT_WINDOW))
                .whenTimeAdvancesTo(SEVEN_AM)
                .expectEvents(reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, SEVEN_AM));
    }

    @Test
    @DisplayName("R1.10 R6.1 the same SMS failure redelivered defers the reminder once")
    void aRedeliveredFailureDefersOnce() {
        at(TOO_LATE).given(caseOpened(1, true, BORROWER),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, LATE),
                        noticeFailed(SmsFailed.OUTSIDE_CONTACT_WINDOW), deferredAfterNine()[0], deferredAfterNine()[1])
                .when(smsFailed(SmsFailed.OUTSIDE_CONTACT_WINDOW))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("R1.1 an SMS the provider refused is recorded failed and not requested again")
    void aRefusedSmsIsNotDeferred() {
        at(TOO_LATE).given(caseOpened(1, true, BORROWER),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, LATE))
                .when(smsFailed("REJECTED 422 UNDELIVERABLE"))
                .expectEvents(noticeFailed("REJECTED 422 UNDELIVERABLE"))
                .expectNoScheduledDeadlines();
    }
}
