package io.dunning.contact.web;

import static io.dunning.contact.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ContactIntegrationTest;
import io.dunning.contact.support.WireFormat;
import io.dunning.events.Topics;
import io.dunning.events.cases.*;
import io.dunning.events.common.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Contacts, complaints, conduct decisions, reveals and erasure, produced on Kafka in the wire format, are on the
 * case's and the customer's timeline over REST with their type-specific fields; none is skipped as unknown.
 */
class CollectorsRecordTimelineIT extends ContactIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    private static final UserId COLLECTOR = new UserId("collector-li");

    @Autowired
    WebTestClient web;

    @Test
    @DisplayName("R4.2 R6.1 R6.7 R6.8 every case event a collector reads is on the case and customer timeline, in order")
    void theCollectorsRecordIsOnTheTimeline() {
        CaseStory s = new CaseStory();
        Instant next = T0.plus(Duration.ofHours(22));
        List<Object> events = List.of(s.opened(1, "300.00"),
                new ContactRefused(s.caseId, s.loanId, s.borrower, ConductChannel.CALL, "Asia/Shanghai", T0,
                        "OutsideContactHours", "R6.1 contact only between 07:00 and 21:00", next, "HANDBOOK",
                        "2026.1", COLLECTOR),
                new ContactRecorded(s.caseId, s.loanId, "ct-1", ContactChannel.PHONE_CALL, next, "phone",
                        List.of(COLLECTOR), s.borrower, ContactedParty.OBLIGOR, "arrears and the overdue notice",
                        "promised to pay", "300 by 20 March", null, "rec-9", List.of(), COLLECTOR),
                new ComplaintRecorded(s.caseId, s.loanId, "cp-1", ComplaintChannel.LETTER, "tone of the call", next,
                        COLLECTOR),
                new PersonalDataRevealed(s.caseId, s.loanId, "rv-1", s.borrower, COLLECTOR, "COLLECTOR",
                        "calling the borrower", next),
                new PartyErased(s.caseId, s.loanId, s.borrower, new UserId("sup-chen"), next));
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Instant at = i < 2 ? T0.plusSeconds(i) : next.plusSeconds(i);
            records.add(WireFormat.record(Topics.CASE_EVENTS, s.loanId.value(), events.get(i), at));
        }
        WireFormat.send(records);

        JsonNode timeline = eventually(TIMEOUT, () -> timeline("/cases/{id}/timeline", s.caseId.value()),
                t -> t.path("items").size() == 6);

        JsonNode items = timeline.path("items");
        assertThat(types(items)).containsExactly("CASE_OPENED", "CONDUCT", "CONTACT", "COMPLAINT", "PERSONAL_DATA",
                "PERSONAL_DATA");
        assertThat(items.get(1).path("rule").asText()).isEqualTo("OutsideContactHours");
        assertThat(items.get(1).path("nextAllowedAt").asText()).isEqualTo(next.toString());
        JsonNode contact = items.get(2);
        assertThat(contact.path("channel").asText()).isEqualTo("PHONE_CALL");
        assertThat(contact.path("participants").get(0).asText()).isEqualTo("collector-li");
        assertThat(contact.path("pointsMade").asText()).isEqualTo("arrears and the overdue notice");
        assertThat(contact.path("customerReaction").asText()).isEqualTo("promised to pay");
        assertThat(contact.path("agreement").asText()).isEqualTo("300 by 20 March");
        assertThat(contact.path("party").asText()).isEqualTo(s.borrower.value());
        assertThat(contact.path("partyErased").asBoolean()).isTrue();
        assertThat(items.get(3).path("complaintId").asText()).isEqualTo("cp-1");
        assertThat(items.get(4).path("revealedBy").asText()).isEqualTo("collector-li");
        assertThat(items.get(5).path("summary").asText()).isEqualTo("Personal data of a party erased");

        JsonNode ofCustomer = timeline("/customers/{id}/timeline", s.customerId.value());
        assertThat(ofCustomer.path("items")).isEqualTo(items);
    }

    private JsonNode timeline(String path, String id) {
        return web.get().uri(path, id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> types(JsonNode items) {
        List<String> types = new ArrayList<>();
        items.forEach(item -> types.add(item.path("type").asText()));
        return types;
    }
}
