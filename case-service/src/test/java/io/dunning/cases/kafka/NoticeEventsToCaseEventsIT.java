package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.cases.support.NoticeFeed;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** notice-service's events in, recorded on the case and published as case events, through the real broker and store. */
class NoticeEventsToCaseEventsIT extends CaseServiceIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String DLT = Topics.deadLetterTopicOf(Topics.NOTICE_EVENTS);
    private static final int OPENED_AT_30 = 6; // CaseOpened, SMS + phone reminder, overdue notice, 2 guarantor notices

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void lettersSentDeliveredAndReturnedAreRecordedOnTheCaseOnceEvenWhenRedelivered() throws IOException {
        String loanId = CoreBankingFeed.newLoanId();
        String caseId = openCaseAt30(loanId);
        String toBorrower = "BR-SH-01-2026-" + UUID.randomUUID();
        String toGuarantor = "BR-SH-01-2026-" + UUID.randomUUID();
        String returnedId = UUID.randomUUID().toString();
        String returned = NoticeFeed.letterReturned(caseId, loanId, toGuarantor, "WB-2");

        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterIssued",
                NoticeFeed.letterIssued(caseId, loanId, toBorrower));
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDispatched", NoticeFeed.letterDispatched(caseId,
                loanId, toBorrower, "OVERDUE_NOTICE", "OVERDUE_COLLECTION_NOTICE", "P-B1", "BORROWER", "WB-1"));
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDispatched", NoticeFeed.letterDispatched(caseId,
                loanId, toGuarantor, "GUARANTOR_LIABILITY_NOTICE", "GUARANTOR_LIABILITY_NOTICE", "P-G1", "GUARANTOR",
                "WB-2"));
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDelivered",
                NoticeFeed.letterDelivered(caseId, loanId, toBorrower, "WB-1"));
        NoticeFeed.send(loanId, returnedId, "LetterReturned", returned);
        NoticeFeed.send(loanId, returnedId, "LetterReturned", returned); // redelivered: same ce_id
        // a later record proves both copies were consumed before we count
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "SmsSent", NoticeFeed.smsSent(caseId, loanId, "sms-1"));

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId,
                OPENED_AT_30 + 6, TIMEOUT, Duration.ofSeconds(3));
        List<ConsumerRecord<String, byte[]>> recorded = published.subList(OPENED_AT_30, published.size());
        assertThat(recorded).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "NoticeSent.v1", "NoticeSent.v1", "NoticeDelivered.v1", "NoticeReturned.v1", "FollowUpPlanned.v1",
                "NoticeSent.v1");
        JsonNode sent = objectMapper.readTree(recorded.get(0).value());
        assertThat(sent.get("caseId").asText()).isEqualTo(caseId);
        assertThat(sent.get("channel").asText()).isEqualTo("LETTER");
        assertThat(sent.get("letterNumber").asText()).isEqualTo(toBorrower);
        assertThat(sent.get("waybill").asText()).isEqualTo("WB-1");
        assertThat(objectMapper.readTree(recorded.get(2).value()).get("proofOfDeliveryRef").asText())
                .isEqualTo("POD-WB-1");
        JsonNode returnedEvent = objectMapper.readTree(recorded.get(3).value());
        assertThat(returnedEvent.get("letterNumber").asText()).isEqualTo(toGuarantor);
        assertThat(returnedEvent.get("returnedItemRef").asText()).isEqualTo("RET-WB-2");
        assertThat(returnedEvent.get("sourceEventId").asText()).isEqualTo(returnedId);
        JsonNode followUp = objectMapper.readTree(recorded.get(4).value());
        assertThat(followUp.get("dueOn").asText()).isEqualTo("2026-02-15");
        assertThat(followUp.get("action").asText()).contains(toGuarantor, "verify the address", "home visit");
        assertThat(objectMapper.readTree(recorded.get(5).value()).get("smsId").asText()).isEqualTo("sms-1");
        assertThat(recorded).allSatisfy(r -> assertThat(r.key()).isEqualTo(loanId));
    }

    @Test
    void malformedInvalidAndUnknownCaseRecordsGoToTheDltWithTheReasonAndTheNextGoodRecordIsProcessed()
            throws IOException {
        String loanId = CoreBankingFeed.newLoanId();
        String caseId = openCaseAt30(loanId);
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDelivered",
                "{\"letterNumber\":\"N-1\",\"caseId\":\"" + caseId + "\",\"deliveredAt\":\"yesterday\"}");
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterReturned",
                "{\"caseId\":\"" + caseId + "\",\"loanId\":\"" + loanId + "\",\"returnedAt\":\"2026-02-12T08:00:00Z\"}");
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDelivered",
                NoticeFeed.letterDelivered("no-such-case-" + UUID.randomUUID(), loanId, "N-2", "WB-9"));
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterTeleported", "{}");
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "LetterDelivered",
                NoticeFeed.letterDelivered(caseId, loanId, "N-3", "WB-3"));

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(DLT, loanId, 4, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(dead).extracting(r -> header(r, DeadLetterReasons.REASON_TAG_HEADER))
                .containsExactly("malformed-record", "invalid-field", "unknown-case", "unknown-type");
        assertThat(header(dead.get(0), DeadLetterReasons.REASON_HEADER)).contains("deliveredAt");
        assertThat(header(dead.get(1), DeadLetterReasons.REASON_HEADER))
                .isEqualTo("invalid-field: letterNumber is required");
        assertThat(dead).allSatisfy(r ->
                assertThat(header(r, "kafka_dlt-original-topic")).isEqualTo(Topics.NOTICE_EVENTS));

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId,
                OPENED_AT_30 + 1, TIMEOUT, Duration.ofSeconds(1));
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE)).last()
                .isEqualTo("NoticeDelivered.v1");
        assertThat(published).hasSize(OPENED_AT_30 + 1);
    }

    @Test
    @DisplayName("R6.1 R1.10 an SMS that missed its contact window is recorded failed and its reminder requested anew, once")
    void anSmsThatMissedItsWindowIsRequestedAnewOnce() throws IOException {
        String loanId = CoreBankingFeed.newLoanId();
        String caseId = openCaseAt30(loanId);
        String missed = """
                {"smsId":"sms-late","caseId":"%s","loanId":"%s","step":"SMS_REMINDER","recipient":"P-B1",
                 "reason":"OUTSIDE_CONTACT_WINDOW","failedAt":"2026-03-02T13:05:00Z"}""".formatted(caseId, loanId);
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "SmsFailed", missed);
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "SmsFailed", missed); // redelivered: a new ce_id
        NoticeFeed.send(loanId, UUID.randomUUID().toString(), "SmsSent", NoticeFeed.smsSent(caseId, loanId, "sms-2"));

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId,
                OPENED_AT_30 + 3, TIMEOUT, Duration.ofSeconds(3));
        List<ConsumerRecord<String, byte[]>> recorded = published.subList(OPENED_AT_30, published.size());
        assertThat(recorded).extracting(r -> header(r, CloudEventHeaders.TYPE))
                .containsExactly("NoticeFailed.v1", "ReminderRequested.v1", "NoticeSent.v1");
        JsonNode anew = objectMapper.readTree(recorded.get(1).value());
        assertThat(anew.get("step").asText()).isEqualTo("SMS_REMINDER");
        assertThat(anew.get("recipient").asText()).isEqualTo("P-B1");
        // the tests' case clock stands at Monday 10:00 in Shanghai: permitted until 21:00 there
        assertThat(anew.get("sendBefore").asText()).isEqualTo("2026-03-02T13:00:00Z");
    }

    private String openCaseAt30(String loanId) throws IOException {
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 30));
        List<ConsumerRecord<String, byte[]>> opened = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, OPENED_AT_30,
                TIMEOUT, Duration.ZERO);
        assertThat(opened).hasSize(OPENED_AT_30);
        return objectMapper.readTree(opened.get(0).value()).get("caseId").asText();
    }
}
