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

/** A case's case and notice events, produced on Kafka in the wire format, become its timeline over REST. */
class CaseTimelineIT extends ContactIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-01-02T01:00:00Z");

    @Autowired
    WebTestClient web;

    @Test
    void everyStepOfTheCaseIsOnItsTimelineOnceInOrderWithLetterNumbersWaybillsAndDeliveryStatus() {
        CaseStory story = new CaseStory();
        List<ProducerRecord<String, byte[]>> records = story(story);
        WireFormat.send(records);

        JsonNode timeline = eventually(TIMEOUT, () -> timeline(story.caseId.value()),
                t -> t.path("items").size() == 9 && t.path("items").get(8).path("type").asText().equals("CASE_CURED"));

        assertThat(types(timeline)).containsExactly("CASE_OPENED", "REMINDER", "LETTER", "LETTER", "PROMISE",
                "PAYMENT", "PAYMENT", "CASE_CLOSED", "CASE_CURED");
        JsonNode items = timeline.path("items");
        assertThat(items.get(1).path("deliveryStatus").asText()).isEqualTo("SENT");
        JsonNode overdue = items.get(2);
        assertThat(overdue.path("letterType").asText()).isEqualTo("OVERDUE_COLLECTION_NOTICE");
        assertThat(overdue.path("letterNumber").asText()).isEqualTo(story.overdueLetter);
        assertThat(overdue.path("recipientRole").asText()).isEqualTo("BORROWER");
        assertThat(overdue.path("waybill").asText()).isEqualTo("WB-B-" + story.suffix);
        assertThat(overdue.path("deliveryStatus").asText()).isEqualTo("DELIVERED");
        assertThat(overdue.path("summary").asText()).contains("贷款逾期催收通知书");
        JsonNode guarantor = items.get(3);
        assertThat(guarantor.path("letterNumber").asText()).isEqualTo(story.guarantorLetter);
        assertThat(guarantor.path("recipientRole").asText()).isEqualTo("GUARANTOR");
        assertThat(guarantor.path("deliveryStatus").asText()).isEqualTo("RETURNED");
        JsonNode promise = items.get(4);
        assertThat(promise.path("outcome").asText()).isEqualTo("BROKEN");
        assertThat(promise.path("amount").decimalValue()).isEqualByComparingTo("500.00");
        assertThat(promise.path("dueDate").asText()).isEqualTo("2026-02-10");
        assertThat(items.get(5).path("amount").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(items.get(0).path("occurredAt").asText()).isEqualTo("2026-01-02T01:00:00Z");

        JsonNode ofCustomer = web.get().uri("/customers/{id}/timeline", story.customerId.value()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(types(ofCustomer)).isEqualTo(types(timeline));

        // the same records redelivered: nothing changes
        WireFormat.send(records);
        CaseStory marker = new CaseStory();
        WireFormat.send(List.of(WireFormat.record(Topics.CASE_EVENTS, story.loanId.value(),
                marker.opened(1, "1.00"), T0)));
        eventually(TIMEOUT, () -> assertThat(timeline(marker.caseId.value()).path("totalItems").asLong()).isOne());
        assertThat(timeline(story.caseId.value())).isEqualTo(timeline);

        JsonNode page = web.get().uri("/cases/{id}/timeline?page=1&size=4", story.caseId.value()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(types(page)).containsExactly("PROMISE", "PAYMENT", "PAYMENT", "CASE_CLOSED");
        assertThat(page.path("totalItems").asLong()).isEqualTo(9);
    }

    @Test
    @DisplayName("every record twice in a row, so that both copies fall in one poll and one chunk: each entry once")
    void aRecordTwiceInOneChunkIsProjectedOnce() {
        CaseStory story = new CaseStory();
        List<ProducerRecord<String, byte[]>> records = story(story);
        List<ProducerRecord<String, byte[]>> doubled = new ArrayList<>();
        records.forEach(record -> {
            doubled.add(record);
            doubled.add(record);
        });
        WireFormat.send(doubled);

        JsonNode timeline = eventually(TIMEOUT, () -> timeline(story.caseId.value()),
                t -> t.path("items").size() >= 9 && t.path("items").get(8).path("type").asText().equals("CASE_CURED"));
        CaseStory marker = new CaseStory();
        WireFormat.send(List.of(WireFormat.record(Topics.CASE_EVENTS, story.loanId.value(),
                marker.opened(1, "1.00"), T0)));
        eventually(TIMEOUT, () -> assertThat(timeline(marker.caseId.value()).path("totalItems").asLong()).isOne());

        assertThat(timeline(story.caseId.value()).path("totalItems").asLong()).isEqualTo(9);
        assertThat(types(timeline)).containsExactly("CASE_OPENED", "REMINDER", "LETTER", "LETTER", "PROMISE",
                "PAYMENT", "PAYMENT", "CASE_CLOSED", "CASE_CURED");
    }

    static List<ProducerRecord<String, byte[]>> story(CaseStory s) {
        String loan = s.loanId.value();
        List<ProducerRecord<String, byte[]>> r = new ArrayList<>();
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.opened(1, "300.00"), T0));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.smsReminder(), T0.plusSeconds(1)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.smsSent(), T0.plusSeconds(60)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.dpd(1, 30, "900.00"), days(29)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.overdueNotice(), days(29).plusSeconds(1)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.guarantorNotice(), days(29).plusSeconds(2)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.issued(false), days(29).plusSeconds(10)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.issued(true), days(29).plusSeconds(11)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.dispatched(false), days(29).plusSeconds(20)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.dispatched(true), days(29).plusSeconds(21)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.delivered(), days(31)));
        r.add(WireFormat.record(Topics.NOTICE_EVENTS, loan, s.returned(), days(32)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.promiseMade(), days(33)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.payment("100.00", "800.00"), days(34)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.promiseBroken(), days(40)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.payment("800.00", "0.00"), days(41)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, new io.dunning.events.cases.CaseClosed(s.caseId, s.loanId,
                io.dunning.events.cases.CloseReason.CURED, LocalDate.of(2026, 2, 12), "src"), days(41).plusSeconds(1)));
        r.add(WireFormat.record(Topics.CASE_EVENTS, loan, s.cured(LocalDate.of(2026, 2, 12)),
                days(41).plusSeconds(2)));
        return r;
    }

    private static Instant days(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private JsonNode timeline(String caseId) {
        return web.get().uri("/cases/{id}/timeline", caseId).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> types(JsonNode page) {
        List<String> types = new ArrayList<>();
        page.path("items").forEach(item -> types.add(item.path("type").asText()));
        return types;
    }
}
