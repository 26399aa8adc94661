package io.dunning.cases.collection;

import static io.dunning.cases.collection.Cases.*;

import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.ReminderChannel;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RULEBOOK section 1: the escalation ladder, one scenario per rule. */
class CollectionCaseLadderTest {

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
}
