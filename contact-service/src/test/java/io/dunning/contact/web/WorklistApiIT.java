package io.dunning.contact.web;

import static io.dunning.contact.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ContactIntegrationTest;
import io.dunning.contact.support.WireFormat;
import io.dunning.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * R4.4 over the wire: cases published on the real case and notice topics, projected by the listener, then read by
 * a collector at {@code GET /worklist}. Weights are the service's configured ones (0.5 per broken promise, 0.25 per
 * returned letter, 0.01 per day past due up to 180).
 */
class WorklistApiIT extends ContactIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T = Instant.parse("2026-02-20T01:00:00Z");

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("R4.4 GET /worklist puts a collector's open cases in order of amount overdue and the customer's "
            + "history (broken promises, returned letters, days past due); closed cases and other branches are out")
    void theWorklistOrdersByAmountOverdueAndHistory() {
        String branch = "br-" + new CaseStory().suffix;
        CaseStory small = new CaseStory(branch);        // 1000 x (1 + 0.40)              = 1400
        CaseStory bigger = new CaseStory(branch);       // 1100 x (1 + 0.40)              = 1540
        CaseStory brokePromise = new CaseStory(branch); // 1000 x (1 + 0.5 + 0.40)        = 1900
        CaseStory returned = new CaseStory(branch);     // 1000 x (1 + 0.25 + 0.40)       = 1650
        CaseStory cured = new CaseStory(branch);        // 9000, but cured: not on the list
        CaseStory elsewhere = new CaseStory();          // 9000 on another branch
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        caseEvents(records, small, small.opened(40, "1000.00"));
        caseEvents(records, bigger, bigger.opened(40, "1100.00"));
        caseEvents(records, brokePromise, brokePromise.opened(40, "1000.00"), brokePromise.promiseMade(),
                brokePromise.promiseBroken());
        caseEvents(records, returned, returned.opened(40, "1000.00"));
        records.add(WireFormat.record(Topics.NOTICE_EVENTS, returned.loanId.value(), returned.returned(), T));
        caseEvents(records, cured, cured.opened(40, "9000.00"), cured.cured(LocalDate.of(2026, 2, 19)));
        caseEvents(records, elsewhere, elsewhere.opened(40, "9000.00"));
        WireFormat.send(records);

        JsonNode worklist = eventually(TIMEOUT, () -> worklist("/worklist?branchId=" + branch + "&size=10"),
                page -> page.path("totalItems").asLong() == 4
                        && page.path("items").get(0).path("promisesBroken").asInt() == 1
                        && page.path("items").get(1).path("lettersReturned").asInt() == 1);

        assertThat(caseIds(worklist.path("items"))).containsExactly(brokePromise.caseId.value(),
                returned.caseId.value(), bigger.caseId.value(), small.caseId.value());
        assertThat(priorities(worklist.path("items"))).containsExactly("1900.00", "1650.00", "1540.00", "1400.00");
        assertThat(worklist.path("items").get(0).path("amountOverdue").decimalValue()).isEqualByComparingTo("1000");
        assertThat(worklist.path("items").get(0).path("daysPastDue").asInt()).isEqualTo(40);

        JsonNode secondPage = worklist("/worklist?branchId=" + branch + "&page=1&size=2");
        assertThat(caseIds(secondPage.path("items"))).containsExactly(bigger.caseId.value(), small.caseId.value());
        assertThat(secondPage.path("totalItems").asLong()).isEqualTo(4);
    }

    private static void caseEvents(List<ProducerRecord<String, byte[]>> records, CaseStory story, Object... events) {
        for (int i = 0; i < events.length; i++) {
            records.add(WireFormat.record(Topics.CASE_EVENTS, story.loanId.value(), events[i], T.plusSeconds(i)));
        }
    }

    private JsonNode worklist(String uri) {
        return web.get().uri(uri).headers(as("collector-wang", "COLLECTOR")).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> caseIds(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("caseId").asText()));
        return ids;
    }

    private static List<String> priorities(JsonNode items) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.path("priority").decimalValue().setScale(2).toPlainString()));
        return values;
    }
}
