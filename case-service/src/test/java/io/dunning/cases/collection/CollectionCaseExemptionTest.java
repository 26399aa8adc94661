package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.exemption.ExemptionInstalmentDue;
import io.dunning.events.cases.CollectionMaterialsHandedOver;
import io.dunning.events.cases.ExemptionApprovalRefused;
import io.dunning.events.cases.ExemptionApproved;
import io.dunning.events.cases.ExemptionRejected;
import io.dunning.events.cases.ExemptionRequested;
import io.dunning.events.cases.ExemptionRevoked;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LitigationDeferred;
import io.dunning.events.cases.LitigationFiled;
import io.dunning.events.cases.LitigationRequired;
import io.dunning.events.cases.LitigationTrigger;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.PlanInstalment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK section 2: the litigation exemption at 90 days past due. */
class CollectionCaseExemptionTest {

    private static final String EXEMPTION = "ex-1";
    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 4, 15);
    private static final LocalDate SECOND_DUE = LocalDate.of(2026, 5, 15);
    private static final List<PlanInstalment> PLAN = List.of(
            new PlanInstalment(amount("500.00"), FIRST_DUE), new PlanInstalment(amount("620.00"), SECOND_DUE));
    /** The first instalment's date has passed at the start of the next day in Shanghai. */
    private static final Instant FIRST_DUE_PASSED = Instant.parse("2026-04-15T16:00:00Z");
    private static final Instant SECOND_DUE_PASSED = Instant.parse("2026-05-15T16:00:00Z");
    private static final String REASON = "collateral sale under way; court costs exceed the expected recovery";

    private FixtureConfiguration<CollectionCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RequestExemption request(String reason, List<PlanInstalment> plan) {
        return new RequestExemption(CASE, EXEMPTION, reason, plan, BRANCH_MANAGER);
    }

    private static ExemptionRequested requested() {
        return new ExemptionRequested(CASE, LOAN, EXEMPTION, BRANCH_MANAGER, REASON, PLAN);
    }

    private static List<Object> historyWith(int dpd, Object... more) {
        List<Object> events = new ArrayList<>(history(dpd, true, BORROWER, GUARANTOR));
        events.addAll(List.of(more));
        return events;
    }

    @Test
    @DisplayName("R2.1 the branch may ask not to sue with a written reason and a recovery plan of amounts and dates")
    void branchAsksNotToSueWithReasonAndPlan() {
        fixture.given(historyWith(92)).when(request(REASON, PLAN)).expectEvents(requested());
        fixture.given(historyWith(92)).when(request("  ", PLAN)).expectException(violation(Code.MISSING_DETAIL));
        fixture.given(historyWith(92)).when(request(REASON, List.of())).expectException(violation(Code.INVALID_PLAN));
        fixture.given(historyWith(92))
                .when(request(REASON, List.of(PLAN.get(1), PLAN.get(0))))
                .expectException(violation(Code.INVALID_PLAN));
        fixture.given(historyWith(92))
                .when(request(REASON, List.of(new PlanInstalment(amount("0.00"), FIRST_DUE))))
                .expectException(violation(Code.INVALID_PLAN));
        fixture.given(historyWith(92, requested()))
                .when(request(REASON, PLAN))
                .expectException(violation(Code.EXEMPTION_ALREADY_OPEN));
    }

    @Test
    @DisplayName("R2.2 only an authorised approver who is not the requester approves; any other approval is refused with a reason")
    void onlyAnAuthorisedApproverOtherThanTheRequesterApproves() {
        fixture.given(historyWith(92, requested()))
                .when(new ApproveExemption(CASE, EXEMPTION, BRANCH_MANAGER, true))
                .expectEvents(new ExemptionApprovalRefused(CASE, LOAN, EXEMPTION, BRANCH_MANAGER,
                        "approver manager-wang requested the exemption: four eyes are required"));
        fixture.given(historyWith(92, requested()))
                .when(new ApproveExemption(CASE, EXEMPTION, COLLECTOR, false))
                .expectEvents(new ExemptionApprovalRefused(CASE, LOAN, EXEMPTION, COLLECTOR,
                        "approver collector-li is not an authorised approver"));
        fixture().given(historyWith(92, requested()))
                .when(new ApproveExemption(CASE, EXEMPTION, RISK_APPROVER, true))
                .expectEvents(new ExemptionApproved(CASE, LOAN, EXEMPTION, RISK_APPROVER, VERSION),
                        new LitigationDeferred(CASE, LOAN, EXEMPTION, 92, VERSION))
                .expectScheduledDeadline(FIRST_DUE_PASSED, new ExemptionInstalmentDue(EXEMPTION, FIRST_DUE))
                .expectScheduledDeadline(SECOND_DUE_PASSED, new ExemptionInstalmentDue(EXEMPTION, SECOND_DUE));
        fixture.given(historyWith(92, requested()))
                .when(new RejectExemption(CASE, EXEMPTION, RISK_APPROVER, "plan does not cover the arrears"))
                .expectEvents(new ExemptionRejected(CASE, LOAN, EXEMPTION, RISK_APPROVER,
                        "plan does not cover the arrears"));
        fixture.given(historyWith(92))
                .when(new ApproveExemption(CASE, EXEMPTION, RISK_APPROVER, true))
                .expectException(violation(Code.EXEMPTION_NOT_PENDING));
    }

    @Test
    @DisplayName("R2.3 an approved exemption defers litigation; a missed plan instalment makes litigation mandatory again at once")
    void approvedExemptionDefersLitigationUntilThePlanIsBroken() {
        fixture.given(historyWith(85, requested(), new ExemptionApproved(CASE, LOAN, EXEMPTION, RISK_APPROVER, VERSION)))
                .when(report(90))
                .expectEvents(updated(85, 90), new LitigationDeferred(CASE, LOAN, EXEMPTION, 90, VERSION));

        fixture().givenCurrentTime(Instant.parse("2026-03-27T00:00:00Z"))
                .andGiven(historyWith(85, requested()))
                .andGivenCommands(new ApproveExemption(CASE, EXEMPTION, RISK_APPROVER, true), report(90),
                        payment("pay-1", "499.99", 100, ARREARS))
                .whenTimeAdvancesTo(FIRST_DUE_PASSED)
                .expectTriggeredDeadlines(new ExemptionInstalmentDue(EXEMPTION, FIRST_DUE))
                .expectEvents(new ExemptionRevoked(CASE, LOAN, EXEMPTION, FIRST_DUE, amount("500.00"),
                                amount("499.99"), VERSION),
                        new LitigationRequired(CASE, LOAN, 90, List.of(BORROWER.partyId(), GUARANTOR.partyId()),
                                LitigationTrigger.EXEMPTION_REVOKED, VERSION));

        fixture().givenCurrentTime(Instant.parse("2026-03-27T00:00:00Z"))
                .andGiven(historyWith(85, requested()))
                .andGivenCommands(new ApproveExemption(CASE, EXEMPTION, RISK_APPROVER, true), report(90),
                        payment("pay-1", "500.00", 100, ARREARS))
                .whenTimeAdvancesTo(FIRST_DUE_PASSED)
                .expectTriggeredDeadlines(new ExemptionInstalmentDue(EXEMPTION, FIRST_DUE))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R2.4 litigation filed records court, reference and date, hands the materials over and ends the ladder")
    void litigationFiledPutsTheCaseInTheLegalTrack() {
        var file = new FileLitigation(CASE, "Pudong People's Court", "(2026)沪0115民初1234号", day(70), COLLECTOR);
        fixture.given(historyWith(65))
                .when(file)
                .expectEvents(new LitigationFiled(CASE, LOAN, "Pudong People's Court", "(2026)沪0115民初1234号",
                                day(70), COLLECTOR),
                        new CollectionMaterialsHandedOver(CASE, LOAN, List.of(LadderStep.SMS_REMINDER,
                                LadderStep.PHONE_REMINDER, LadderStep.OVERDUE_NOTICE,
                                LadderStep.GUARANTOR_LIABILITY_NOTICE, LadderStep.URGENT_NOTICE,
                                LadderStep.LITIGATION_PREPARATION, LadderStep.LAWYERS_LETTER,
                                LadderStep.GUARANTEE_PERFORMANCE_NOTICE), 8, 0));
        fixture.given(historyWith(65)).andGivenCommands(file).when(report(95)).expectEvents(updated(65, 95));
        fixture.given(historyWith(65)).andGivenCommands(file).when(file).expectException(violation(Code.LEGAL_TRACK));
        fixture.given(historyWith(40)).when(file).expectException(violation(Code.LITIGATION_NOT_PREPARED));
        fixture.given(historyWith(92, requested(), new ExemptionApproved(CASE, LOAN, EXEMPTION, RISK_APPROVER, VERSION)))
                .when(file)
                .expectException(violation(Code.EXEMPTION_HOLDS));
    }
}
