package io.dunning.events.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.events.json.TypedIdModule;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The optional {@code sendBefore} is compatible within revision 1 (ADR 0009): a ReminderRequested stored or published
 * before it existed reads as null; one carrying it reads back equal.
 */
class ReminderRequestedCompatibilityTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new TypedIdModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    @DisplayName("R6.1 a revision-1 ReminderRequested without sendBefore reads as null; with it, reads back equal")
    void sendBeforeIsOptionalWithinRevisionOne() throws Exception {
        String old = """
                {"caseId":"c-1","loanId":"LN-1","step":"SMS_REMINDER","channel":"SMS","recipient":"P-1",
                 "recipientRole":"BORROWER","daysPastDue":1,"policyVersion":"2026.1"}""";
        ReminderRequested read = JSON.readValue(old, ReminderRequested.class);
        assertThat(read).isEqualTo(new ReminderRequested(new CaseId("c-1"), new LoanId("LN-1"),
                LadderStep.SMS_REMINDER, ReminderChannel.SMS, new PartyId("P-1"), ObligorRole.BORROWER, 1, "2026.1"));
        assertThat(read.sendBefore()).isNull();

        ReminderRequested windowed = read.sendingBefore(Instant.parse("2026-03-02T13:00:00Z"));
        String json = JSON.writeValueAsString(windowed);
        assertThat(json).contains("\"sendBefore\":\"2026-03-02T13:00:00Z\"");
        assertThat(JSON.readValue(json, ReminderRequested.class)).isEqualTo(windowed);
    }
}
