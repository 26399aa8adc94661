package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.cases.collection.CaseRuleViolation.Code;
import io.dunning.events.cases.CaseClosed;
import io.dunning.events.cases.CloseReason;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Core banking closes a case when it restructures or writes off the loan (DESIGN.md section 4). */
class CollectionCaseClosingTest {

    private static final Instant START = Instant.parse("2026-01-25T00:00:00Z");
    private static final LocalDate PROMISED_FOR = LocalDate.of(2026, 2, 10);

    @Test
    @DisplayName("A restructured loan closes its case with that reason, and its promise timers are cancelled")
    void restructuredLoanClosesTheCase() {
        fixture().givenCurrentTime(START).andGiven(history(20, true, BORROWER))
                .andGivenCommands(new RecordPromise(CASE, "p-1", amount("300.00"), PROMISED_FOR, COLLECTOR))
                .when(new CloseCase(CASE, CloseReason.RESTRUCTURED, day(25), "cb-restructured"))
                .expectEvents(new CaseClosed(CASE, LOAN, CloseReason.RESTRUCTURED, day(25), "cb-restructured"))
                .expectNoScheduledDeadlineMatching(org.hamcrest.Matchers.anything());
    }

    @Test
    @DisplayName("A written-off loan closes its case; the closed case then refuses reports and further closing")
    void writtenOffLoanClosesTheCaseForGood() {
        fixture().givenCurrentTime(START).andGiven(history(95, true, BORROWER))
                .when(new CloseCase(CASE, CloseReason.WRITTEN_OFF, day(100), "cb-written-off"))
                .expectEvents(new CaseClosed(CASE, LOAN, CloseReason.WRITTEN_OFF, day(100), "cb-written-off"));
        fixture().givenCurrentTime(START).andGiven(history(95, true, BORROWER))
                .andGiven(new CaseClosed(CASE, LOAN, CloseReason.WRITTEN_OFF, day(100), "cb-written-off"))
                .when(report(101))
                .expectException(violation(Code.CASE_CLOSED));
        fixture().givenCurrentTime(START).andGiven(history(95, true, BORROWER))
                .andGiven(new CaseClosed(CASE, LOAN, CloseReason.WRITTEN_OFF, day(100), "cb-written-off"))
                .when(new CloseCase(CASE, CloseReason.RESTRUCTURED, day(101), "cb-again"))
                .expectException(violation(Code.CASE_CLOSED));
    }
}
