package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.cases.support.TestInfrastructure;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Records that cannot be processed go to the DLT with the reason; the partition keeps moving. */
class CoreBankingDeadLetterIT extends CaseServiceIntegrationTest {

    private static final String DLT = Topics.deadLetterTopicOf(Topics.CORE_BANKING_LOAN_EVENTS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Test
    void malformedAndInvalidRecordsGoToTheDltWithTheReasonAndTheNextGoodRecordIsProcessed() {
        String loanId = CoreBankingFeed.newLoanId();
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                "{\"eventId\":\"e-1\",\"loanId\":\"" + loanId + "\",\"obligors\":[{\"name\": Zhang San}]}");
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 30, "-1.00"));
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, "LoanTeleported.v1", "{}");
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.PAYMENT,
                "{\"eventId\":\"" + UUID.randomUUID() + "\",\"loanId\":\"" + loanId + "\",\"paymentId\":\"p-1\","
                        + "\"amount\":10,\"currency\":\"CNY\",\"valueDate\":\"2026-02-01\","
                        + "\"arrearsAfter\":{\"principal\":0,\"interest\":0,\"penalty\":0}}");
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 1));

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(DLT, loanId, 4, TIMEOUT,
                Duration.ofSeconds(1));
        assertThat(dead).extracting(r -> header(r, DeadLetterReasons.REASON_TAG_HEADER))
                .containsExactly("malformed-record", "invalid-field", "unknown-type", "no-open-case");
        assertThat(header(dead.get(0), DeadLetterReasons.REASON_HEADER))
                .startsWith("malformed-record: ").contains("obligors[0]").doesNotContain("Zhang");
        assertThat(header(dead.get(1), DeadLetterReasons.REASON_HEADER))
                .isEqualTo("invalid-field: arrears.principal must be >= 0");
        assertThat(header(dead.get(2), DeadLetterReasons.REASON_HEADER)).contains("LoanTeleported.v1");
        assertThat(header(dead.get(3), DeadLetterReasons.REASON_HEADER))
                .isEqualTo("no-open-case: no open case for loan");
        for (ConsumerRecord<String, byte[]> record : dead) {
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo(Topics.CORE_BANKING_LOAN_EVENTS);
            assertThat(header(record, "kafka_dlt-exception-fqcn")).isNotBlank();
            for (Header h : record.headers()) {
                assertThat(new String(h.value(), StandardCharsets.UTF_8))
                        .as("header %s carries no personal data", h.key())
                        .doesNotContain("Zhang", "110101199003077777", "+86", "Bund Road");
            }
        }

        List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, 3,
                TIMEOUT, Duration.ofSeconds(1));
        assertThat(published).extracting(r -> header(r, CloudEventHeaders.TYPE))
                .containsExactly("CaseOpened.v1", "ReminderRequested.v1", "ReminderRequested.v1");
    }

    @Test
    void theCoreBankingDltHoldsPersonalDataSoItKeepsRecordsFourteenDaysOnly() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.bootstrapServers()))) {
            ConfigResource dlt = new ConfigResource(ConfigResource.Type.TOPIC, DLT);
            ConfigResource caseEventsDlt = new ConfigResource(ConfigResource.Type.TOPIC,
                    Topics.deadLetterTopicOf(Topics.CASE_EVENTS));
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(dlt, caseEventsDlt)).all().get();
            assertThat(configs.get(dlt).get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .isEqualTo(String.valueOf(Duration.ofDays(14).toMillis()));
            assertThat(configs.get(caseEventsDlt).get(TopicConfig.RETENTION_MS_CONFIG).value())
                    .as("case events carry party references only: the broker's default retention")
                    .isNotEqualTo(String.valueOf(Duration.ofDays(14).toMillis()));
        }
    }

    @Test
    void aRecordWithoutCeTypeGoesToTheDlt() {
        String loanId = CoreBankingFeed.newLoanId();
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, null,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 1));

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(DLT, loanId, 1, TIMEOUT,
                Duration.ofMillis(500));
        assertThat(dead).extracting(r -> header(r, DeadLetterReasons.REASON_HEADER))
                .containsExactly("unknown-type: header ce_type is missing");
    }
}
