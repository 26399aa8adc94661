package io.dunning.notice.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import io.dunning.events.cases.CaseCured;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.notice.letter.RecordWaybill;
import io.dunning.notice.support.KafkaTestClient;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** From dunning.case-events.v1 to letters, the archive, REST and dunning.notice-events.v1, on real parts. */
class CaseEventsToLettersIT extends NoticeServiceIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    WebTestClient web;
    @Autowired
    CommandGateway commands;

    @Test
    @DisplayName("R3.1 a NoticeRequested becomes a numbered LetterIssued on the notice topic, its PDF served by REST")
    void noticeRequestedBecomesANumberedLetterWithItsPdf() throws IOException {
        String loan = "LN-" + UUID.randomUUID();
        NoticeRequested notice = notice(loan, "BR-A", LadderStep.OVERDUE_NOTICE, ObligorRole.BORROWER, "P-100");

        send(loan, UUID.randomUUID().toString(), "NoticeRequested.v1", notice);

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.NOTICE_EVENTS, loan, 1, WAIT,
                Duration.ofSeconds(1));
        assertThat(published).hasSize(1);
        assertThat(KafkaTestClient.header(published.get(0), CloudEventHeaders.TYPE)).isEqualTo("LetterIssued.v1");
        assertThat(KafkaTestClient.header(published.get(0), CloudEventHeaders.SOURCE)).isNotBlank();
        JsonNode issued = objectMapper.readTree(published.get(0).value());
        String letterNumber = issued.get("letterNumber").asText();
        assertThat(letterNumber).matches("BR-A-\\d{4}-\\d{6}");
        assertThat(issued.get("caseId").asText()).isEqualTo(notice.caseId().value());

        web.get().uri("/letters/{n}", letterNumber).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("ISSUED")
                .jsonPath("$.letterTitle").isEqualTo(LetterType.OVERDUE_COLLECTION_NOTICE.title())
                .jsonPath("$.loanId").isEqualTo(loan);
        byte[] pdf = web.get().uri("/letters/{n}/pdf", letterNumber).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
                .getResponseBody();
        assertThat(textOf(pdf)).contains(LetterType.OVERDUE_COLLECTION_NOTICE.title()).contains(letterNumber);
    }

    @Test
    @DisplayName("R1.10 the same record redelivered, or the same notice under a new id, never makes a second letter")
    void redeliveryNeverMakesASecondLetter() {
        String loan = "LN-" + UUID.randomUUID();
        NoticeRequested notice = notice(loan, "BR-B", LadderStep.OVERDUE_NOTICE, ObligorRole.BORROWER, "P-200");
        String ceId = UUID.randomUUID().toString();

        send(loan, ceId, "NoticeRequested.v1", notice);
        send(loan, ceId, "NoticeRequested.v1", notice);
        send(loan, UUID.randomUUID().toString(), "NoticeRequested.v1", notice);

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.NOTICE_EVENTS, loan, 1, WAIT,
                Duration.ofSeconds(3));
        assertThat(published).hasSize(1);
        web.get().uri("/letters?caseId={c}", notice.caseId().value()).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    @DisplayName("a malformed record goes to the DLT with its reason; events of no concern are skipped")
    void malformedRecordGoesToTheDeadLetterTopic() {
        String loan = "LN-" + UUID.randomUUID();

        KafkaTestClient.send(Topics.CASE_EVENTS, loan, "CaseOpened.v1", "{not json at all");
        KafkaTestClient.send(Topics.CASE_EVENTS, loan, "NoticeRequested.v1", "{\"caseId\": [1, 2]");

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(Topics.deadLetterTopicOf(Topics.CASE_EVENTS),
                loan, 1, WAIT, Duration.ofSeconds(2));
        assertThat(dead).hasSize(1);
        assertThat(KafkaTestClient.header(dead.get(0), DeadLetterReasons.REASON_TAG_HEADER))
                .isEqualTo("malformed-record");
        assertThat(KafkaTestClient.header(dead.get(0), DeadLetterReasons.REASON_HEADER))
                .startsWith("malformed-record: NoticeRequested.v1");
    }

    @Test
    @DisplayName("R1.11 a cure cancels the letters not yet handed to the courier, not the ones already out")
    void aCureCancelsTheLettersNotYetHandedOver() {
        String loan = "LN-" + UUID.randomUUID();
        NoticeRequested toBorrower = notice(loan, "BR-C", LadderStep.OVERDUE_NOTICE, ObligorRole.BORROWER, "P-301");
        NoticeRequested toGuarantor = new NoticeRequested(toBorrower.caseId(), toBorrower.loanId(),
                LadderStep.GUARANTOR_LIABILITY_NOTICE, LetterType.GUARANTOR_LIABILITY_NOTICE, new PartyId("P-302"),
                ObligorRole.GUARANTOR, toBorrower.branchId(), 31, toBorrower.arrears(), "2026.1");
        send(loan, UUID.randomUUID().toString(), "NoticeRequested.v1", toBorrower);
        send(loan, UUID.randomUUID().toString(), "NoticeRequested.v1", toGuarantor);
        List<String> numbers = lettersOfCaseEventually(toBorrower.caseId(), 2);
        commands.sendAndWait(new RecordWaybill(numbers.get(0), "WB-" + UUID.randomUUID(), Instant.now()));

        send(loan, UUID.randomUUID().toString(), "CaseCured.v1",
                new CaseCured(toBorrower.caseId(), toBorrower.loanId(), LocalDate.now(), "pay-1"));

        await().atMost(WAIT).untilAsserted(() -> web.get().uri("/letters/{n}", numbers.get(1)).exchange()
                .expectBody().jsonPath("$.state").isEqualTo("CANCELLED"));
        web.get().uri("/letters/{n}", numbers.get(0)).exchange().expectBody()
                .jsonPath("$.state").isEqualTo("DISPATCHED");
        List<String> types = KafkaTestClient.read(Topics.NOTICE_EVENTS, loan, 4, WAIT, Duration.ofSeconds(1))
                .stream().map(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)).toList();
        assertThat(types).containsExactlyInAnyOrder("LetterIssued.v1", "LetterIssued.v1", "LetterDispatched.v1",
                "DispatchCancelled.v1");
    }

    private List<String> lettersOfCaseEventually(CaseId caseId, int expected) {
        return await().atMost(WAIT).until(() -> {
            JsonNode page = objectMapper.readTree(web.get().uri("/letters?caseId={c}&size=10", caseId.value())
                    .exchange().expectBody(byte[].class).returnResult().getResponseBody());
            return page.get("items").findValuesAsText("letterNumber");
        }, numbers -> numbers.size() == expected);
    }

    private void send(String loan, String ceId, String ceType, Object event) {
        try {
            KafkaTestClient.send(Topics.CASE_EVENTS, loan, ceId, ceType, objectMapper.writeValueAsBytes(event));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static NoticeRequested notice(String loan, String branch, LadderStep step, ObligorRole role, String party) {
        return new NoticeRequested(new CaseId(UUID.randomUUID().toString()), new LoanId(loan), step,
                LetterType.OVERDUE_COLLECTION_NOTICE, new PartyId(party), role, new BranchId(branch), 31,
                new Arrears(new BigDecimal("1000.00"), new BigDecimal("80.00"), new BigDecimal("5.00")), "2026.1");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
