package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.PartyErased;
import io.dunning.events.cases.PersonalDataRevealed;
import io.dunning.events.common.PartyId;
import io.dunning.events.common.UserId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R6.7 on the case: every reveal of an obligor's personal data and its erasure are in the case's history. */
class CollectionCasePrivacyTest {

    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final UserId SUPERVISOR = new UserId("sup-chen");

    private static RecordPersonalDataRevealed reveal(PartyId party) {
        return new RecordPersonalDataRevealed(CASE, "rv-1", party, COLLECTOR, "COLLECTOR", "calling the borrower", AT);
    }

    @Test
    @DisplayName("R6.7 a reveal is recorded on the case: who, in which role, whom, why, when; never the data")
    void aRevealIsRecorded() {
        fixture().given(caseOpened(20, true, BORROWER, GUARANTOR))
                .when(reveal(BORROWER.partyId()))
                .expectEvents(new PersonalDataRevealed(CASE, LOAN, "rv-1", BORROWER.partyId(), COLLECTOR, "COLLECTOR",
                        "calling the borrower", AT));
    }

    @Test
    @DisplayName("R6.7 a reveal after the case closed is still recorded: the audit trail outlives the collection")
    void aRevealOnAClosedCaseIsRecorded() {
        fixture().given(caseOpened(20, true, BORROWER), new CaseClosed(CASE, LOAN, CloseReason.CURED, day(21), "cb"))
                .when(reveal(BORROWER.partyId()))
                .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(PersonalDataRevealed.class)),
                        andNoMore()));
    }

    @Test
    @DisplayName("R6.7 a reveal of someone who is no obligor of the case is refused")
    void aStrangerIsRefused() {
        fixture().given(caseOpened(20, true, BORROWER))
                .when(reveal(new PartyId("p-stranger")))
                .expectException(violation(Code.NOT_AN_OBLIGOR))
                .expectNoEvents();
    }

    @Test
    @DisplayName("R6.7 a reveal without a reason is refused")
    void aRevealNeedsAReason() {
        fixture().given(caseOpened(20, true, BORROWER))
                .when(new RecordPersonalDataRevealed(CASE, "rv-1", BORROWER.partyId(), COLLECTOR, "COLLECTOR", " ", AT))
                .expectException(violation(Code.MISSING_DETAIL));
    }

    @Test
    @DisplayName("R6.7 an erasure is recorded on the case once")
    void anErasureIsRecordedOnce() {
        var erased = new PartyErased(CASE, LOAN, BORROWER.partyId(), SUPERVISOR, AT);
        fixture().given(caseOpened(20, true, BORROWER))
                .when(new RecordPartyErased(CASE, BORROWER.partyId(), SUPERVISOR, AT))
                .expectEvents(erased);
        fixture().given(caseOpened(20, true, BORROWER), erased)
                .when(new RecordPartyErased(CASE, BORROWER.partyId(), SUPERVISOR, AT.plusSeconds(60)))
                .expectNoEvents();
    }
}
