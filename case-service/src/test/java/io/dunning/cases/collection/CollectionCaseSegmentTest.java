package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.cases.escalation.CollectionPolicy;
import io.dunning.cases.escalation.HandbookPolicy;
import io.dunning.events.cases.CollectionStrategy;
import io.dunning.events.cases.CustomerSegment;
import io.dunning.events.cases.RiskMeasure;
import io.dunning.events.cases.RiskMeasureRecorded;
import io.dunning.events.cases.SegmentAssigned;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK sections 7 and 8: customer segments steer the strategy; risk-control measures are recorded. */
class CollectionCaseSegmentTest {

    private final FixtureConfiguration<CollectionCase> fixture = fixture();

    @Test
    @DisplayName("R7.1 a wilful defaulter is steered to the legal track and asset preservation")
    void wilfulDefaulterGoesToLegalTrack() {
        fixture.given(history(40, true, BORROWER))
                .when(new AssignSegment(CASE, CustomerSegment.WILFUL_DEFAULTER, "able to pay, refuses", COLLECTOR))
                .expectEvents(new SegmentAssigned(CASE, LOAN, CustomerSegment.WILFUL_DEFAULTER, null,
                        CollectionStrategy.LEGAL_TRACK_AND_ASSET_PRESERVATION, "able to pay, refuses", COLLECTOR,
                        VERSION));
    }

    @Test
    @DisplayName("R7.2 temporary hardship is steered to plans and extensions, and the segment it replaces is recorded")
    void temporaryHardshipGoesToPlansAndExtensions() {
        List<Object> given = new ArrayList<>(history(40, true, BORROWER));
        given.add(new SegmentAssigned(CASE, LOAN, CustomerSegment.LOW_CREDIT_AWARENESS, null,
                CollectionStrategy.EDUCATION, "first contact", COLLECTOR, VERSION));
        fixture.given(given)
                .when(new AssignSegment(CASE, CustomerSegment.TEMPORARY_HARDSHIP, "lost his job", COLLECTOR))
                .expectEvents(new SegmentAssigned(CASE, LOAN, CustomerSegment.TEMPORARY_HARDSHIP,
                        CustomerSegment.LOW_CREDIT_AWARENESS, CollectionStrategy.PLANS_AND_EXTENSIONS, "lost his job",
                        COLLECTOR, VERSION));
    }

    @Test
    @DisplayName("R7.3 low credit awareness is steered to education, as the policy in force says")
    void lowCreditAwarenessGoesToEducation() {
        fixture.given(history(40, true, BORROWER))
                .when(new AssignSegment(CASE, CustomerSegment.LOW_CREDIT_AWARENESS, "unaware of penalties", COLLECTOR))
                .expectEvents(new SegmentAssigned(CASE, LOAN, CustomerSegment.LOW_CREDIT_AWARENESS, null,
                        CollectionStrategy.EDUCATION, "unaware of penalties", COLLECTOR, VERSION));
        CollectionPolicy handbook = HandbookPolicy.handbook();
        FixtureConfiguration<CollectionCase> withoutEducation = new AggregateTestFixture<>(CollectionCase.class);
        withoutEducation.registerInjectableResource(io.dunning.cases.conduct.Profiles.handbook());
        withoutEducation.registerInjectableResource(Cases.OFFICE_HOURS);
        withoutEducation.registerInjectableResource(new CollectionPolicy("2026.2-no-education", handbook.bankZone(),
                handbook.ladder(), handbook.promiseFollowUpDays(), handbook.returnedLetterFollowUpDays(),
                Map.of(CustomerSegment.WILFUL_DEFAULTER, CollectionStrategy.LEGAL_TRACK_AND_ASSET_PRESERVATION)));
        withoutEducation.given(history(40, true, BORROWER))
                .when(new AssignSegment(CASE, CustomerSegment.LOW_CREDIT_AWARENESS, "unaware of penalties", COLLECTOR))
                .expectException(violation(Code.NO_STRATEGY_FOR_SEGMENT));
    }

    @Test
    @DisplayName("R8 every risk-control measure of the rulebook can be recorded on the case")
    void everyRiskControlMeasureIsRecorded() {
        for (RiskMeasure measure : RiskMeasure.values()) {
            fixture.given(history(70, true, BORROWER))
                    .when(new RecordRiskMeasure(CASE, measure, "see file note", COLLECTOR))
                    .expectEvents(new RiskMeasureRecorded(CASE, LOAN, measure, "see file note", COLLECTOR));
        }
    }
}
