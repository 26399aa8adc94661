package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;
import static org.axonframework.test.matchers.Matchers.listWithAnyOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

import io.dunning.events.cases.ConductChannel;
import io.dunning.events.cases.ContactRefused;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderDeferred;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.Obligor;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The case-initiated SMS and phone reminders (R1.1) obey the conduct rules of the profile in force (RULEBOOK
 * section 6): requested only when the obligor may be contacted on that channel now, in the obligor's own time zone;
 * else refused with the rule, deferred to the next allowed time and requested then.
 */
class CollectionCaseReminderConductTest {

    /** Monday 2 March 2026, 22:00 in Shanghai. */
    private static final Instant TEN_PM = Instant.parse("2026-03-02T14:00:00Z");
    /** Tuesday 3 March 2026, 07:00 in Shanghai. */
    private static final Instant SEVEN_AM = Instant.parse("2026-03-02T23:00:00Z");
    private static final String HOURS = "R6.1 contact only between 07:00 and 21:00 in the party's local time "
            + "(Asia/Shanghai); it is 22:00 there";


    private static ContactRefused refused(ConductChannel channel, Instant at, String rule, String reason,
                                          Instant next) {
        return new ContactRefused(CASE, LOAN, BORROWER.partyId(), channel, "Asia/Shanghai", at, rule, reason, next,
                "HANDBOOK", "2026.1", ReminderDesk.LADDER);
    }

    private static ReminderDeferred deferred(LadderStep step, ReminderChannel channel, int dpd, String rule,
                                             Instant until) {
        return new ReminderDeferred(CASE, LOAN, step, channel, BORROWER.partyId(), BORROWER.role(), dpd, rule, until,
                VERSION);
    }

    @Test
    @DisplayName("R6.1 R1.1 a case opened at 22:00 local refuses its SMS and phone reminders and defers them to 07:00")
    void remindersAtNightAreDeferredToTheMorning() {
        at(TEN_PM).givenNoPriorActivity()
                .when(openCase(1, BORROWER))
                .expectEvents(caseOpened(1, true, BORROWER),
                        refused(ConductChannel.SMS, TEN_PM, "OutsideContactHours", HOURS, SEVEN_AM),
                        deferred(LadderStep.SMS_REMINDER, ReminderChannel.SMS, 1, "OutsideContactHours", SEVEN_AM),
                        refused(ConductChannel.CALL, TEN_PM, "OutsideContactHours", HOURS, SEVEN_AM),
                        deferred(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, 1, "OutsideContactHours", SEVEN_AM))
                .expectScheduledDeadline(SEVEN_AM,
                        new ReminderDue(LadderStep.SMS_REMINDER, BORROWER.partyId(), SEVEN_AM));
    }

    @Test
    @DisplayName("R6.1 R1.1 at the next allowed time the deferred reminders are requested, each once")
    void deferredRemindersAreRequestedAtTheNextAllowedTime() {
        at(TEN_PM).givenCommands(openCase(1, BORROWER))
                .whenTimeAdvancesTo(SEVEN_AM)
                .expectDeadlinesMet(new ReminderDue(LadderStep.SMS_REMINDER, BORROWER.partyId(), SEVEN_AM),
                        new ReminderDue(LadderStep.PHONE_REMINDER, BORROWER.partyId(), SEVEN_AM))
                .expectEvents(reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1, SEVEN_AM),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 1, SEVEN_AM));
    }

    @Test
    @DisplayName("R6.1 the hours are the obligor's own: 10:00 in Shanghai is 03:00 in Paris, the Paris obligor waits")
    void theObligorsOwnTimeZoneCounts() {
        Obligor parisBorrower = new Obligor(CO_BORROWER.partyId(), CO_BORROWER.role(), "Europe/Paris");
        Instant sevenInParis = Instant.parse("2026-03-02T06:00:00Z");
        String reason = "R6.1 contact only between 07:00 and 21:00 in the party's local time (Europe/Paris); "
                + "it is 03:00 there";
        at(OFFICE_HOURS.instant()).givenNoPriorActivity()
                .when(openCase(1, BORROWER, parisBorrower))
                .expectEvents(caseOpened(1, true, BORROWER, parisBorrower),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1),
                        new ContactRefused(CASE, LOAN, parisBorrower.partyId(), ConductChannel.SMS, "Europe/Paris",
                                OFFICE_HOURS.instant(), "OutsideContactHours", reason, sevenInParis, "HANDBOOK",
                                "2026.1", ReminderDesk.LADDER),
                        new ReminderDeferred(CASE, LOAN, LadderStep.SMS_REMINDER, ReminderChannel.SMS,
                                parisBorrower.partyId(), parisBorrower.role(), 1, "OutsideContactHours", sevenInParis,
                                VERSION),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 1),
                        new ContactRefused(CASE, LOAN, parisBorrower.partyId(), ConductChannel.CALL, "Europe/Paris",
                                OFFICE_HOURS.instant(), "OutsideContactHours", reason, sevenInParis, "HANDBOOK",
                                "2026.1", ReminderDesk.LADDER),
                        new ReminderDeferred(CASE, LOAN, LadderStep.PHONE_REMINDER, ReminderChannel.PHONE,
                                parisBorrower.partyId(), parisBorrower.role(), 1, "OutsideContactHours", sevenInParis,
                                VERSION));
    }

    @Test
    @DisplayName("R6.2 no reminder on a public holiday: National Day defers it to the first working day, 07:00")
    void noReminderOnAPublicHoliday() {
        Instant nationalDay = Instant.parse("2026-10-01T02:00:00Z");
        Instant firstWorkingDay = Instant.parse("2026-10-07T23:00:00Z");
        at(nationalDay).givenNoPriorActivity()
                .when(openCase(1, BORROWER))
                .expectScheduledDeadline(firstWorkingDay,
                        new ReminderDue(LadderStep.SMS_REMINDER, BORROWER.partyId(), firstWorkingDay))
                .expectEventsMatching(payloadsMatching(listWithAnyOf(equalTo(deferred(LadderStep.SMS_REMINDER,
                        ReminderChannel.SMS, 1, "PublicHoliday", firstWorkingDay)))));
    }

    @Test
    @DisplayName("R1.11 R6.1 a cure before the next allowed time cancels the deferred reminder: it is never sent")
    void aCureCancelsTheDeferredReminder() {
        Arrears cleared = new Arrears(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        at(TEN_PM).givenCommands(openCase(1, BORROWER))
                .andGivenCommands(new RecordPayment(CASE, "pay-1", amount("1120.00"), "CNY", day(1), cleared, "cb-pay"))
                .whenTimeAdvancesTo(SEVEN_AM)
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }
}
