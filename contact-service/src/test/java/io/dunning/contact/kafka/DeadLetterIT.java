package io.dunning.contact.kafka;

import static io.dunning.contact.support.Eventually.eventually;
import static io.dunning.contact.support.WireFormat.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ContactIntegrationTest;
import io.dunning.contact.support.WireFormat;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Records that cannot be read go to the DLT with the reason, at once; unknown types are skipped; the partition moves. */
class DeadLetterIT extends ContactIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T = Instant.parse("2026-01-02T01:00:00Z");

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    @Test
    void malformedRecordsGoToTheDltAndTheNextRecordIsProcessed() {
        CaseStory s = new CaseStory();
        String loan = s.loanId.value();
        WireFormat.send(List.of(
                WireFormat.raw(Topics.CASE_EVENTS, loan, UUID.randomUUID().toString(), "CaseOpened.v1", T,
                        "{\"caseId\": oops".getBytes(StandardCharsets.UTF_8)),
                WireFormat.raw(Topics.CASE_EVENTS, loan, UUID.randomUUID().toString(), "PromiseMade.v1", T,
                        "{\"promiseId\":\"x\"}".getBytes(StandardCharsets.UTF_8)),
                WireFormat.raw(Topics.CASE_EVENTS, loan, UUID.randomUUID().toString(), null, T,
                        "{}".getBytes(StandardCharsets.UTF_8)),
                WireFormat.raw(Topics.CASE_EVENTS, loan, UUID.randomUUID().toString(), "CaseTeleported.v1", T,
                        "{}".getBytes(StandardCharsets.UTF_8)),
                WireFormat.record(Topics.CASE_EVENTS, loan, s.opened(1, "300.00"), T)));
        WireFormat.send(List.of(WireFormat.raw(Topics.NOTICE_EVENTS, loan, UUID.randomUUID().toString(),
                "LetterDelivered.v1", T, "[]".getBytes(StandardCharsets.UTF_8))));

        List<ConsumerRecord<String, byte[]>> dead = WireFormat.read(Topics.deadLetterTopicOf(Topics.CASE_EVENTS),
                loan, 3, TIMEOUT);
        assertThat(dead).extracting(r -> header(r, DeadLetterReasons.REASON_TAG_HEADER))
                .containsExactly("malformed-record", "invalid-field", "missing-header");
        assertThat(header(dead.get(0), DeadLetterReasons.REASON_HEADER)).startsWith("malformed-record: CaseOpened.v1");
        assertThat(header(dead.get(1), DeadLetterReasons.REASON_HEADER))
                .isEqualTo("invalid-field: PromiseMade.v1: caseId and loanId are required");
        assertThat(header(dead.get(2), DeadLetterReasons.REASON_HEADER))
                .isEqualTo("missing-header: header ce_type is missing");
        assertThat(header(dead.get(0), "kafka_dlt-original-topic")).isEqualTo(Topics.CASE_EVENTS);
        assertThat(WireFormat.read(Topics.deadLetterTopicOf(Topics.NOTICE_EVENTS), loan, 1, TIMEOUT)).hasSize(1);

        eventually(TIMEOUT, () -> assertThat(web.get().uri("/cases/{id}/timeline", s.caseId.value()).exchange()
                .expectBody(String.class).returnResult().getResponseBody()).contains("CASE_OPENED"));
        assertThat(meters.counter("dunning.contact.records.consumed", "topic", Topics.CASE_EVENTS, "type", "unknown",
                "outcome", "unknown-type").count()).isGreaterThanOrEqualTo(1);
        assertThat(meters.find("dunning.dlt.records").counters()).isNotEmpty();
        assertThat(meters.find("dunning.contact.projection.lag").timer()).isNotNull();
    }
}
