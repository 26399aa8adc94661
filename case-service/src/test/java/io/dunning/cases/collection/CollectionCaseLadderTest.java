package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.AccelerationDeclared;
import io.dunning.events.cases.ArrearsReasonRecorded;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.CaseOpened;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.DelinquencyUpdated;
import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.LitigationPrepared;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.LitigationTrigger;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.ReminderChannel;
import io.dunning.events.cases.ReminderRequested;
import io.dunning.events.cases.RiskInformationReviewed;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.CaseId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK section 1: the escalation ladder, one scenario per rule. */
class CollectionCaseLadderTest {

    /** 21:00 in Shanghai on the day of {@link Cases#OFFICE_HOURS}: the end of its contact window (R6.1). */
    private static final Instant NINE_PM = Instant.parse("2026-03-02T13:00:00Z");

    private FixtureConfiguration<CollectionCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    @DisplayName("R1.1 a loan overdue opens a case and every borrower gets a friendly reminder by SMS and by phone")
    void overdueLoanOpensCaseWithSmsAndPhoneReminderToEveryBorrower() {
        fixture.givenNoPriorActivity()
                .when(openCase(1, BORROWER, CO_BORROWER, GUARANTOR))
                .expectSuccessfulHandlerExecution()
                .expectEvents(caseOpened(1, true, BORROWER, CO_BORROWER, GUARANTOR),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 1),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, CO_BORROWER, 1),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 1),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, CO_BORROWER, 1));
    }

    @Test
    @DisplayName("R1.2 still unpaid after the first contact, the collector records the reason, the risk information and the follow-up")
    void collectorKeepsCollectingAfterFirstContact() {
        List<Object> given = history(5, true, BORROWER);
        fixture.given(given)
                .when(new RecordArrearsReason(CASE, "lost his job in January", COLLECTOR))
                .expectEvents(new ArrearsReasonRecorded(CASE, LOAN, "lost his job in January", COLLECTOR));
        fixture.given(given)
                .when(new ReviewRiskInformation(CASE, "credit bureau: two other loans overdue", COLLECTOR))
                .expectEvents(new RiskInformationReviewed(CASE, LOAN, "credit bureau: two other loans overdue",
                        COLLECTOR));
        fixture.given(given)
                .when(new PlanFollowUp(CASE, day(8), "call again after payday", COLLECTOR))
                .expectEvents(new FollowUpPlanned(CASE, LOAN, day(8), "call again after payday", COLLECTOR));
        fixture.given(given)
                .when(new RecordArrearsReason(CASE, " ", COLLECTOR))
                .expectException(violation(Code.MISSING_DETAIL));
    }

    @Test
    @DisplayName("R1.3 at 30 days past due the borrower gets the Overdue Collection Notice")
    void borrowerGetsOverdueNoticeAt30() {
        fixture.given(history(29, true, BORROWER))
                .when(report(30))
                .expectEvents(updated(29, 30),
                        notice(LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, 30));
    }

    @Test
    @DisplayName("R1.4 every guarantor gets the Guarantor Liability Notice with the first overdue notice")
    void guarantorsGetLiabilityNoticeWithTheFirstOverdueNotice() {
        fixture.given(history(12, true, BORROWER, GUARANTOR, GUARANTOR_2))
                .when(report(31))
                .expectEvents(updated(12, 31),
                        notice(LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, 31),
                        notice(LadderStep.GUARANTOR_LIABILITY_NOTICE, LetterType.GUARANTOR_LIABILITY_NOTICE,
                                GUARANTOR, 31),
                        notice(LadderStep.GUARANTOR_LIABILITY_NOTICE, LetterType.GUARANTOR_LIABILITY_NOTICE,
                                GUARANTOR_2, 31));
    }

    @Test
    @DisplayName("R1.5 at 60 days the borrower gets the Urgent Notice, litigation is prepared and every obligor gets the Lawyer's Letter")
    void urgentNoticeLitigationPreparationAndLawyersLetterAt60() {
        fixture.given(history(59, true, BORROWER, CO_BORROWER))
                .when(report(60))
                .expectEvents(updated(59, 60),
                        notice(LadderStep.URGENT_NOTICE, LetterType.URGENT_NOTICE, BORROWER, 60),
                        notice(LadderStep.URGENT_NOTICE, LetterType.URGENT_NOTICE, CO_BORROWER, 60),
                        new LitigationPrepared(CASE, LOAN, 60, VERSION),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, BORROWER, 60),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, CO_BORROWER, 60));
    }

    @Test
    @DisplayName("R1.6 at 60 days every guarantor gets the Guarantee Performance Notice")
    void guarantorsGetGuaranteePerformanceNoticeAt60() {
        fixture.given(history(59, true, BORROWER, GUARANTOR))
                .when(report(60))
                .expectEvents(updated(59, 60),
                        notice(LadderStep.URGENT_NOTICE, LetterType.URGENT_NOTICE, BORROWER, 60),
                        new LitigationPrepared(CASE, LOAN, 60, VERSION),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, BORROWER, 60),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, GUARANTOR, 60),
                        notice(LadderStep.GUARANTEE_PERFORMANCE_NOTICE, LetterType.GUARANTEE_PERFORMANCE_NOTICE,
                                GUARANTOR, 60));
    }

    @Test
    @DisplayName("R1.7 at 60 days with interest overdue before the principal matured, the loan is accelerated and every obligor told")
    void loanAcceleratedWhenInterestOverdueBeforePrincipalMatured() {
        fixture.given(history(59, false, BORROWER, GUARANTOR))
                .when(report(60, false))
                .expectEvents(updated(59, 60, false),
                        notice(LadderStep.URGENT_NOTICE, LetterType.URGENT_NOTICE, BORROWER, 60),
                        new LitigationPrepared(CASE, LOAN, 60, VERSION),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, BORROWER, 60),
                        notice(LadderStep.LAWYERS_LETTER, LetterType.LAWYERS_LETTER, GUARANTOR, 60),
                        notice(LadderStep.GUARANTEE_PERFORMANCE_NOTICE, LetterType.GUARANTEE_PERFORMANCE_NOTICE,
                                GUARANTOR, 60),
                        new AccelerationDeclared(CASE, LOAN, 60, OUTSTANDING, VERSION),
                        notice(LadderStep.LOAN_ACCELERATION, LetterType.LOAN_ACCELERATION_NOTICE, BORROWER, 60),
                        notice(LadderStep.LOAN_ACCELERATION, LetterType.LOAN_ACCELERATION_NOTICE, GUARANTOR, 60));
    }

    @Test
    @DisplayName("R1.8 at 90 days litigation against every obligor is mandatory")
    void litigationAgainstEveryObligorMandatoryAt90() {
        fixture.given(history(89, true, BORROWER, GUARANTOR))
                .when(report(90))
                .expectEvents(updated(89, 90), new LitigationRequired(CASE, LOAN, 90,
                        List.of(BORROWER.partyId(), GUARANTOR.partyId()), LitigationTrigger.DPD_THRESHOLD_REACHED,
                        VERSION));
    }

    @Test
    @DisplayName("R1.9 a loan first reported at 45 days gets every passed step once, in ladder order, at once")
    void lateEntryTakesEveryPassedStepOnceInLadderOrder() {
        fixture.givenNoPriorActivity()
                .when(openCase(45, BORROWER, GUARANTOR))
                .expectEvents(caseOpened(45, true, BORROWER, GUARANTOR),
                        reminder(LadderStep.SMS_REMINDER, ReminderChannel.SMS, BORROWER, 45),
                        reminder(LadderStep.PHONE_REMINDER, ReminderChannel.PHONE, BORROWER, 45),
                        notice(LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, 45),
                        notice(LadderStep.GUARANTOR_LIABILITY_NOTICE, LetterType.GUARANTOR_LIABILITY_NOTICE,
                                GUARANTOR, 45));
    }

    @Test
    @DisplayName("R1.10 nothing is sent twice for the same step: repeated, later and stale reports send nothing new")
    void nothingIsSentTwiceForTheSameStep() {
        List<Object> atThirty = new ArrayList<>(history(29, true, BORROWER, GUARANTOR));
        atThirty.add(updated(29, 30));
        atThirty.add(notice(LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, 30));
        atThirty.add(notice(LadderStep.GUARANTOR_LIABILITY_NOTICE, LetterType.GUARANTOR_LIABILITY_NOTICE, GUARANTOR, 30));
        fixture.given(atThirty).when(report(30)).expectNoEvents();
        fixture.given(atThirty).when(report(45)).expectEvents(updated(30, 45));
        fixture.given(atThirty).when(report(20)).expectNoEvents();
    }

    @Test
    @DisplayName("R1.11 a payment that clears the arrears cures and closes the case and nothing happens after")
    void paymentClearingArrearsCuresAndClosesTheCase() {
        fixture.given(history(40, true, BORROWER))
                .when(payment("pay-1", "1120.00", 41, Arrears.NONE))
                .expectEvents(new PaymentReceived(CASE, LOAN, "pay-1", amount("1120.00"), "CNY", day(41),
                                Arrears.NONE, "cb-pay-pay-1"),
                        new CaseCured(CASE, LOAN, day(41), "pay-1"),
                        new CaseClosed(CASE, LOAN, CloseReason.CURED, day(41), "cb-pay-pay-1"));
    }

    @Test
    @DisplayName("R1.11 a partial payment lowers the arrears the next letter shows, but does not cure")
    void partialPaymentLowersArrearsWithoutCuring() {
        Arrears lowered = new Arrears(amount("500.00"), amount("100.00"), amount("20.00"));
        fixture.given(history(25, true, BORROWER))
                .andGivenCommands(payment("pay-1", "500.00", 26, lowered))
                .when(report(30, lowered))
                .expectEvents(new DelinquencyUpdated(CASE, LOAN, 25, 30, lowered,
                                OUTSTANDING, true, day(30), "cb-30"),
                        notice(LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, 30, lowered));
    }

    @Test
    @DisplayName("R1.11 a payment delivered twice is recorded once, and a closed case refuses further reports")
    void duplicatePaymentIgnoredAndClosedCaseRefusesReports() {
        Arrears lowered = new Arrears(amount("500.00"), amount("100.00"), amount("20.00"));
        fixture.given(history(25, true, BORROWER))
                .andGivenCommands(payment("pay-1", "500.00", 26, lowered))
                .when(payment("pay-1", "500.00", 26, lowered))
                .expectNoEvents();
        fixture.given(history(25, true, BORROWER))
                .andGivenCommands(payment("pay-1", "620.00", 26, Arrears.NONE))
                .when(report(27))
                .expectException(violation(Code.CASE_CLOSED));
    }

    @Test
    @DisplayName("R1.12 a cured loan that falls overdue again opens a new case that starts the ladder from scratch")
    void loanOverdueAgainAfterCureOpensNewCase() {
        fixture.given(history(95, true, BORROWER))
                .andGivenCommands(payment("pay-1", "1120.00", 96, Arrears.NONE))
                .when(report(120))
                .expectException(violation(Code.CASE_CLOSED));
        CaseId secondEpisode = new CaseId("case-2");
        fixture.givenNoPriorActivity()
                .when(openCase(secondEpisode, 3, true, BORROWER))
                .expectEvents(new CaseOpened(secondEpisode, LOAN, CUSTOMER, BRANCH,
                                "consumer-loan", "CNY", OUTSTANDING, ARREARS, 3, DAY_ZERO, true, List.of(BORROWER),
                                day(3), "cb-open-3", VERSION),
                        new ReminderRequested(secondEpisode, LOAN, LadderStep.SMS_REMINDER,
                                ReminderChannel.SMS, BORROWER.partyId(), BORROWER.role(), 3, VERSION)
                                .sendingBefore(NINE_PM),
                        new ReminderRequested(secondEpisode, LOAN, LadderStep.PHONE_REMINDER,
                                ReminderChannel.PHONE, BORROWER.partyId(), BORROWER.role(), 3, VERSION)
                                .sendingBefore(NINE_PM));
    }
}
