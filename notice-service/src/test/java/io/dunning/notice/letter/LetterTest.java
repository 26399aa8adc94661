package io.dunning.notice.letter;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.notice.DispatchCancelled;
import io.dunning.events.notice.LetterDelivered;
import io.dunning.events.notice.LetterDispatched;
import io.dunning.events.notice.LetterIssued;
import io.dunning.events.notice.LetterReturned;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Letter aggregate: issue, courier facts (R3.1, R3.2) and cancellation by a cure (R1.11). */
class LetterTest {

    private static final String NUMBER = "BR001-2026-000042";
    private static final CaseId CASE = new CaseId("c-1");
    private static final LoanId LOAN = new LoanId("LN-1");
    private static final PartyId BORROWER = new PartyId("P-1");
    private static final Instant HANDED_OVER = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-03-04T10:00:00Z");

    private static final LetterIssued ISSUED = new LetterIssued(NUMBER, CASE, LOAN, LadderStep.OVERDUE_NOTICE,
            LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, ObligorRole.BORROWER, new BranchId("BR001"),
            LocalDate.of(2026, 3, 1));
    private static final LetterDispatched DISPATCHED = new LetterDispatched(NUMBER, CASE, LOAN,
            LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, ObligorRole.BORROWER,
            "WB-1", HANDED_OVER);
    private static final LetterDelivered DELIVERED_EVENT = new LetterDelivered(NUMBER, CASE, LOAN, "WB-1", "POD-1",
            DELIVERED);

    private FixtureConfiguration<Letter> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Letter.class);
    }

    @Test
    @DisplayName("R3.1 a letter is issued under its letter number")
    void aLetterIsIssuedUnderItsLetterNumber() {
        fixture.givenNoPriorActivity()
                .when(new IssueLetter(NUMBER, CASE, LOAN, LadderStep.OVERDUE_NOTICE,
                        LetterType.OVERDUE_COLLECTION_NOTICE, BORROWER, ObligorRole.BORROWER, new BranchId("BR001"),
                        LocalDate.of(2026, 3, 1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(ISSUED);
    }

    @Test
    @DisplayName("R3.1 handing over to the courier records the waybill")
    void handingOverRecordsTheWaybill() {
        fixture.given(ISSUED).when(new RecordWaybill(NUMBER, "WB-1", HANDED_OVER)).expectEvents(DISPATCHED);
    }

    @Test
    @DisplayName("R3.1 the same waybill twice is absorbed; another waybill is refused")
    void theSameWaybillTwiceIsAbsorbed() {
        fixture.given(ISSUED, DISPATCHED).when(new RecordWaybill(NUMBER, "WB-1", HANDED_OVER))
                .expectSuccessfulHandlerExecution().expectNoEvents();
        fixture.given(ISSUED, DISPATCHED).when(new RecordWaybill(NUMBER, "WB-2", HANDED_OVER))
                .expectException(LetterRuleViolation.class).expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 delivery is recorded with its proof; a repeated callback is absorbed")
    void deliveryIsRecordedWithItsProof() {
        fixture.given(ISSUED, DISPATCHED).when(new RecordDelivery(NUMBER, "POD-1", DELIVERED))
                .expectEvents(DELIVERED_EVENT);
        fixture.given(ISSUED, DISPATCHED, DELIVERED_EVENT).when(new RecordDelivery(NUMBER, "POD-1", DELIVERED))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 a return is recorded with the returned item and the reason")
    void aReturnIsRecordedWithTheReturnedItem() {
        Instant returned = Instant.parse("2026-03-06T10:00:00Z");
        fixture.given(ISSUED, DISPATCHED).when(new RecordReturn(NUMBER, "addressee unknown", "RET-1", returned))
                .expectEvents(new LetterReturned(NUMBER, CASE, LOAN, "WB-1", "addressee unknown", "RET-1", returned));
    }

    @Test
    @DisplayName("R3.2 a delivered letter cannot also be returned")
    void aDeliveredLetterCannotAlsoBeReturned() {
        fixture.given(ISSUED, DISPATCHED, DELIVERED_EVENT)
                .when(new RecordReturn(NUMBER, "refused", "RET-1", DELIVERED))
                .expectException(LetterRuleViolation.class).expectNoEvents();
    }

    @Test
    @DisplayName("R3.2 no delivery without a hand-over to the courier")
    void noDeliveryWithoutHandOver() {
        fixture.given(ISSUED).when(new RecordDelivery(NUMBER, "POD-1", DELIVERED))
                .expectException(LetterRuleViolation.class).expectNoEvents();
    }

    @Test
    @DisplayName("R1.11 a cure cancels a letter still waiting for the courier")
    void aCureCancelsALetterWaitingForTheCourier() {
        fixture.given(ISSUED).when(new CancelDispatch(NUMBER, "case cured"))
                .expectResultMessagePayload(CancelOutcome.CANCELLED)
                .expectEvents(new DispatchCancelled(CASE, LOAN, LadderStep.OVERDUE_NOTICE, BORROWER, NUMBER,
                        "case cured"));
    }

    @Test
    @DisplayName("R1.11 a letter already handed to the courier is not cancelled")
    void aLetterAlreadyHandedOverIsNotCancelled() {
        fixture.given(ISSUED, DISPATCHED).when(new CancelDispatch(NUMBER, "case cured"))
                .expectResultMessagePayload(CancelOutcome.ALREADY_HANDED_OVER).expectNoEvents();
    }

    @Test
    @DisplayName("R1.11 a cancelled letter must not be handed to the courier")
    void aCancelledLetterMustNotBeHandedOver() {
        fixture.given(ISSUED, new DispatchCancelled(CASE, LOAN, LadderStep.OVERDUE_NOTICE, BORROWER, NUMBER,
                        "case cured"))
                .when(new RecordWaybill(NUMBER, "WB-1", HANDED_OVER))
                .expectException(LetterRuleViolation.class).expectNoEvents();
    }
}
