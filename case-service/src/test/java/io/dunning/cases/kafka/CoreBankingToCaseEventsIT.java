package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Core banking in, case events out, through the real broker and the real event store. */
class CoreBankingToCaseEventsIT extends CaseServiceIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void aLoanWithTwoGuarantorsReportedAt1_30_60_95DaysPastDueWalksTheWholeLadderInOrderEachStepOnce()
            throws IOException {
        String loanId = CoreBankingFeed.newLoanId();
        for (int dpd : new int[] {1, 30, 60, 95}) {
            KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                    CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, dpd));
        }

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId,
                ladder().size(), TIMEOUT, Duration.ofSeconds(3));

        List<String> types = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            JsonNode body = objectMapper.readTree(record.value());
            String type = header(record, CloudEventHeaders.TYPE);
            types.add(body.has("step") ? type + ":" + body.get("step").asText() + ":" + body.get("recipient").asText()
                    : type);
            assertThat(record.key()).isEqualTo(loanId);
            assertThat(body.get("loanId").asText()).isEqualTo(loanId);
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/dunning/case-service");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(Instant.parse(header(record, CloudEventHeaders.TIME))).isBefore(Instant.now());
            assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
            assertThat(new String(record.value(), StandardCharsets.UTF_8))
                    .doesNotContain("Zhang", "110101199003077777", "+86", "Bund Road");
        }
        assertThat(types).containsExactlyElementsOf(ladder());
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.ID)).doesNotHaveDuplicates();
        assertThat(published.stream().map(r -> r.partition()).distinct()).hasSize(1);
    }

    @Test
    void theSameCoreBankingRecordDeliveredTwiceChangesNothing() {
        String loanId = CoreBankingFeed.newLoanId();
        String eventId = UUID.randomUUID().toString();
        String record = CoreBankingFeed.delinquency(eventId, loanId, 30);
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, record);
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, record);
        // a later record proves both copies were consumed before we count
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 31));

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, 7,
                TIMEOUT, Duration.ofSeconds(3));

        // opened at 30: CaseOpened, SMS + phone reminder, overdue notice, 2 guarantor notices; then the update at 31
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE)).containsExactly(
                "CaseOpened.v1", "ReminderRequested.v1", "ReminderRequested.v1", "NoticeRequested.v1",
                "NoticeRequested.v1", "NoticeRequested.v1", "DelinquencyUpdated.v1");
    }

    /** The expected ladder for the test loan (1 borrower, 2 guarantors, principal not matured, interest overdue). */
    private static List<String> ladder() {
        String notice = "NoticeRequested.v1:";
        return List.of(
                "CaseOpened.v1",
                "ReminderRequested.v1:SMS_REMINDER:P-B1",
                "ReminderRequested.v1:PHONE_REMINDER:P-B1",
                "DelinquencyUpdated.v1",
                notice + "OVERDUE_NOTICE:P-B1",
                notice + "GUARANTOR_LIABILITY_NOTICE:P-G1",
                notice + "GUARANTOR_LIABILITY_NOTICE:P-G2",
                "DelinquencyUpdated.v1",
                notice + "URGENT_NOTICE:P-B1",
                "LitigationPrepared.v1",
                notice + "LAWYERS_LETTER:P-B1",
                notice + "LAWYERS_LETTER:P-G1",
                notice + "LAWYERS_LETTER:P-G2",
                notice + "GUARANTEE_PERFORMANCE_NOTICE:P-G1",
                notice + "GUARANTEE_PERFORMANCE_NOTICE:P-G2",
                "AccelerationDeclared.v1",
                notice + "LOAN_ACCELERATION:P-B1",
                notice + "LOAN_ACCELERATION:P-G1",
                notice + "LOAN_ACCELERATION:P-G2",
                "DelinquencyUpdated.v1",
                "LitigationRequired.v1");
    }
}
