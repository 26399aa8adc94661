package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.promise.PromiseDue;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.ExtensionGranted;
import io.dunning.events.cases.FollowUpPlanned;
import io.dunning.events.cases.PaymentReceived;
import io.dunning.events.cases.PenaltyWaived;
import io.dunning.events.cases.PromiseBroken;
import io.dunning.events.cases.PromiseKept;
import io.dunning.events.cases.PromiseMade;
import io.dunning.events.cases.RepaymentPlanAgreed;
import io.dunning.events.cases.RepaymentPlanCompleted;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.PlanInstalment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK section 5: promises, plans and hardship. Dates are judged at the start of the next day in Shanghai. */
class CollectionCasePromiseTest {

    private static final Instant START = Instant.parse("2026-01-25T00:00:00Z");
    private static final LocalDate PROMISED_FOR = LocalDate.of(2026, 2, 10);
    private static final Instant PROMISE_DATE_PASSED = Instant.parse("2026-02-10T16:00:00Z");
    private static final Arrears LOWER = new Arrears(amount("700.00"), amount("100.00"), amount("20.00"));
    private static final RecordPromise PROMISE =
            new RecordPromise(CASE, "p-1", amount("300.00"), PROMISED_FOR, COLLECTOR);
    private static final PromiseMade PROMISE_MADE =
            new PromiseMade(CASE, LOAN, "p-1", amount("300.00"), PROMISED_FOR, null, COLLECTOR);

    @Test
    @DisplayName("R5.1 a promise covered by payments since it was made is kept when its date passes")
    void promiseCoveredByPaymentsIsKept() {
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .when(PROMISE)
                .expectEvents(PROMISE_MADE)
                .expectScheduledDeadline(PROMISE_DATE_PASSED, new PromiseDue("p-1"));
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .when(new RecordPromise(CASE, "p-1", amount("0.00"), PROMISED_FOR, COLLECTOR))
                .expectException(violation(Code.PROMISE_AMOUNT_NOT_POSITIVE));
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .andGivenCommands(PROMISE, payment("pay-1", "180.00", 30, LOWER), payment("pay-2", "120.00", 31, LOWER))
                .whenTimeAdvancesTo(PROMISE_DATE_PASSED)
                .expectTriggeredDeadlines(new PromiseDue("p-1"))
                .expectEvents(new PromiseKept(CASE, LOAN, "p-1", amount("300.00"), PROMISED_FOR, amount("300.00")));
    }

    @Test
    @DisplayName("R5.1 a promise not covered when its date passes is broken and calls for follow-up")
    void promiseNotCoveredIsBrokenAndCallsForFollowUp() {
        LocalDate followUpOn = PROMISED_FOR.plusDays(3);
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .andGivenCommands(PROMISE, payment("pay-1", "100.00", 30, LOWER))
                .whenTimeAdvancesTo(PROMISE_DATE_PASSED)
                .expectTriggeredDeadlines(new PromiseDue("p-1"))
                .expectEvents(new PromiseBroken(CASE, LOAN, "p-1", amount("300.00"), PROMISED_FOR, amount("100.00"),
                                followUpOn),
                        new FollowUpPlanned(CASE, LOAN, followUpOn, "follow up broken promise p-1", COLLECTOR));
    }

    @Test
    @DisplayName("R5.1 a cure keeps every open promise and cancels its deadline")
    void cureKeepsEveryOpenPromise() {
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .andGivenCommands(PROMISE)
                .when(payment("pay-1", "1120.00", 30, Arrears.NONE))
                .expectEvents(new PaymentReceived(CASE, LOAN, "pay-1", amount("1120.00"), "CNY", day(30), Arrears.NONE,
                                "cb-pay-pay-1"),
                        new PromiseKept(CASE, LOAN, "p-1", amount("300.00"), PROMISED_FOR, amount("1120.00")),
                        new CaseCured(CASE, LOAN, day(30), "pay-1"),
                        new CaseClosed(CASE, LOAN, CloseReason.CURED, day(30), "cb-pay-pay-1"))
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("R5.2 a staged repayment plan is a series of promises, completed when every instalment was kept")
    void repaymentPlanIsSeriesOfPromisesCompletedWhenAllKept() {
        List<PlanInstalment> instalments = List.of(new PlanInstalment(amount("400.00"), PROMISED_FOR),
                new PlanInstalment(amount("400.00"), PROMISED_FOR.plusMonths(1)));
        var agree = new AgreeRepaymentPlan(CASE, "plan-1", instalments, "illness: hospitalised in January", COLLECTOR);
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .when(agree)
                .expectEvents(new RepaymentPlanAgreed(CASE, LOAN, "plan-1", instalments,
                                "illness: hospitalised in January", COLLECTOR),
                        new PromiseMade(CASE, LOAN, "plan-1-1", amount("400.00"), PROMISED_FOR, "plan-1", COLLECTOR),
                        new PromiseMade(CASE, LOAN, "plan-1-2", amount("400.00"), PROMISED_FOR.plusMonths(1), "plan-1",
                                COLLECTOR));
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .andGivenCommands(agree, payment("pay-1", "400.00", 30, LOWER), payment("pay-2", "400.00", 50, LOWER))
                .whenTimeAdvancesTo(Instant.parse("2026-03-10T16:00:00Z"))
                .expectEvents(
                        new PromiseKept(CASE, LOAN, "plan-1-1", amount("400.00"), PROMISED_FOR, amount("800.00")),
                        new PromiseKept(CASE, LOAN, "plan-1-2", amount("400.00"), PROMISED_FOR.plusMonths(1),
                                amount("800.00")),
                        new RepaymentPlanCompleted(CASE, LOAN, "plan-1"));
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .when(new AgreeRepaymentPlan(CASE, "plan-1", List.of(), null, COLLECTOR))
                .expectException(violation(Code.INVALID_PLAN));
    }

    @Test
    @DisplayName("R5.3 hardship justifies an extension or waiving penalty interest, never more penalty than is owed")
    void hardshipJustifiesExtensionOrPenaltyWaiver() {
        String illness = "illness: hospitalised in January";
        fixture().given(history(20, true, BORROWER))
                .when(new GrantExtension(CASE, day(50), illness, COLLECTOR))
                .expectEvents(new ExtensionGranted(CASE, LOAN, day(50), illness, COLLECTOR));
        fixture().given(history(20, true, BORROWER))
                .when(new GrantExtension(CASE, day(50), " ", COLLECTOR))
                .expectException(violation(Code.NO_HARDSHIP_REASON));
        fixture().given(history(20, true, BORROWER))
                .when(new WaivePenalty(CASE, amount("15.00"), illness, COLLECTOR))
                .expectEvents(new PenaltyWaived(CASE, LOAN, amount("15.00"), illness, COLLECTOR));
        fixture().given(history(20, true, BORROWER))
                .when(new WaivePenalty(CASE, amount("15.00"), null, COLLECTOR))
                .expectException(violation(Code.NO_HARDSHIP_REASON));
        fixture().given(history(20, true, BORROWER))
                .andGivenCommands(new WaivePenalty(CASE, amount("15.00"), illness, COLLECTOR))
                .when(new WaivePenalty(CASE, amount("5.01"), illness, COLLECTOR))
                .expectException(violation(Code.WAIVER_EXCEEDS_PENALTY));
    }
}
