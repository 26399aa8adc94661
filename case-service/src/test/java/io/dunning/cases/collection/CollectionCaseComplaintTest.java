package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import io.dunning.events.cases.ComplaintChannel;
import io.dunning.events.cases.ComplaintClosed;
import io.dunning.events.cases.ComplaintHandled;
import io.dunning.events.cases.ComplaintRecorded;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R6.8: a complaint is recorded and handled, each step an event in the case's history. */
class CollectionCaseComplaintTest {

    private static final Instant RECEIVED = Instant.parse("2026-02-01T02:00:00Z");
    private static final RecordComplaint COMPLAINT = new RecordComplaint(CASE, "k-1", ComplaintChannel.PHONE,
            "called at 22:30", RECEIVED, COLLECTOR);
    private static final ComplaintRecorded RECORDED = new ComplaintRecorded(CASE, LOAN, "k-1", ComplaintChannel.PHONE,
            "called at 22:30", RECEIVED, COLLECTOR);

    @Test
    @DisplayName("R6.8 a complaint is recorded, handled and closed, each in the case's history")
    void aComplaintIsRecordedHandledAndClosed() {
        fixture().given(history(20, true, BORROWER))
                .when(COMPLAINT)
                .expectEvents(RECORDED);
        fixture().given(history(20, true, BORROWER)).andGiven(RECORDED)
                .when(new HandleComplaint(CASE, "k-1", "apologised; collector retrained", BRANCH_MANAGER))
                .expectEvents(new ComplaintHandled(CASE, LOAN, "k-1", "apologised; collector retrained",
                        BRANCH_MANAGER));
        fixture().given(history(20, true, BORROWER)).andGiven(RECORDED)
                .when(new CloseComplaint(CASE, "k-1", "upheld", BRANCH_MANAGER))
                .expectEvents(new ComplaintClosed(CASE, LOAN, "k-1", "upheld", BRANCH_MANAGER));
    }

    @Test
    @DisplayName("R6.8 a complaint about a closed case is still recorded")
    void aComplaintAboutAClosedCaseIsRecorded() {
        fixture().given(history(20, true, BORROWER))
                .andGiven(new CaseClosed(CASE, LOAN, CloseReason.CURED, day(21), "cb-x"))
                .when(COMPLAINT)
                .expectEvents(RECORDED);
    }

    @Test
    @DisplayName("R6.8 an unknown or closed complaint is neither handled nor closed")
    void anUnknownOrClosedComplaintIsRefused() {
        fixture().given(history(20, true, BORROWER))
                .when(new HandleComplaint(CASE, "k-404", "called back", BRANCH_MANAGER))
                .expectException(violation(Code.UNKNOWN_COMPLAINT));
        fixture().given(history(20, true, BORROWER))
                .when(new CloseComplaint(CASE, "k-404", "rejected", BRANCH_MANAGER))
                .expectException(violation(Code.UNKNOWN_COMPLAINT));
        fixture().given(history(20, true, BORROWER))
                .andGiven(RECORDED, new ComplaintClosed(CASE, LOAN, "k-1", "upheld", BRANCH_MANAGER))
                .when(new HandleComplaint(CASE, "k-1", "called back", BRANCH_MANAGER))
                .expectException(violation(Code.COMPLAINT_CLOSED));
        fixture().given(history(20, true, BORROWER))
                .andGiven(RECORDED, new ComplaintClosed(CASE, LOAN, "k-1", "upheld", BRANCH_MANAGER))
                .when(new CloseComplaint(CASE, "k-1", "upheld again", BRANCH_MANAGER))
                .expectException(violation(Code.COMPLAINT_CLOSED));
    }

    @Test
    @DisplayName("R6.8 a complaint is recorded once, with its channel, summary and time")
    void aComplaintIsRecordedOnceAndInFull() {
        fixture().given(history(20, true, BORROWER)).andGiven(RECORDED)
                .when(COMPLAINT)
                .expectException(violation(Code.DUPLICATE_COMPLAINT));
        fixture().given(history(20, true, BORROWER))
                .when(new RecordComplaint(CASE, "k-1", ComplaintChannel.PHONE, " ", RECEIVED, COLLECTOR))
                .expectException(violation(Code.COMPLAINT_INCOMPLETE));
        fixture().given(history(20, true, BORROWER)).andGiven(RECORDED)
                .when(new CloseComplaint(CASE, "k-1", "", BRANCH_MANAGER))
                .expectException(violation(Code.COMPLAINT_INCOMPLETE));
    }
}
