package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * The core-banking listener applies a poll's records in one transaction (CoreBankingBatchListener); a poison record
 * in the burst must not cost the others: each good record is applied exactly once, the poison goes to the DLT.
 */
class CoreBankingBatchIT extends CaseServiceIntegrationTest {

    private static final String DLT = Topics.deadLetterTopicOf(Topics.CORE_BANKING_LOAN_EVENTS);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000);

    @Autowired
    private CoreBankingBatchListener batchListener;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aPoisonRecordInABurstGoesToTheDltAndEveryGoodRecordIsAppliedExactlyOnce() {
        List<String> loans = new ArrayList<>();
        String poisoned = null;
        String redelivered = null;
        for (int i = 0; i < 8; i++) {
            String loanId = CoreBankingFeed.newLoanId();
            loans.add(loanId);
            String eventId = UUID.randomUUID().toString();
            String body = CoreBankingFeed.delinquency(eventId, loanId, 1);
            KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, body);
            if (i == 3) {
                poisoned = loanId;
                KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                        CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 30, "-1.00"));
            }
            if (i == 5) {
                redelivered = loanId;
                KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, body);
            }
        }

        List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(DLT, poisoned, 1, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(dead).extracting(r -> header(r, DeadLetterReasons.REASON_TAG_HEADER))
                .containsExactly("invalid-field");
        for (String loanId : loans) {
            List<ConsumerRecord<String, byte[]>> published = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, 3,
                    TIMEOUT, Duration.ofSeconds(2));
            assertThat(published).as("case events of loan %s%s", loanId, loanId.equals(redelivered)
                            ? " (its record delivered twice)" : "")
                    .extracting(r -> header(r, CloudEventHeaders.TYPE))
                    .containsExactly("CaseOpened.v1", "ReminderRequested.v1", "ReminderRequested.v1");
        }
        assertThat(KafkaTestClient.read(DLT, redelivered, 0, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .as("a duplicate is skipped, not dead-lettered").isEmpty();
    }

    @Test
    void aBatchThatFailsIsAppliedAgainRecordByRecordAndTheErrorHandlerGetsThePoisonWithItsCause() {
        String a = CoreBankingFeed.newLoanId();
        String b = CoreBankingFeed.newLoanId();
        String c = CoreBankingFeed.newLoanId();
        List<String> eventIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        ConsumerRecord<String, byte[]> poison = record(1, b, CoreBankingFeed.delinquency(
                UUID.randomUUID().toString(), b, 30, "-1.00"));
        List<ConsumerRecord<String, byte[]>> batch = List.of(
                record(0, a, CoreBankingFeed.delinquency(eventIds.get(0), a, 1)),
                record(1, b, CoreBankingFeed.delinquency(eventIds.get(1), b, 1)), poison,
                record(2, c, CoreBankingFeed.delinquency(eventIds.get(2), c, 1)));

        assertThatThrownBy(() -> batchListener.on(batch))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    assertThat(e.getRecord()).isSameAs(poison);
                    assertThat(e.getCause()).isInstanceOf(InvalidRecordException.class);
                });
        assertThat(processed(eventIds)).as("applied before the poison, once; not yet after it")
                .containsExactly(1, 1, 0);

        batchListener.on(List.of(batch.get(3), batch.get(0)));
        assertThat(processed(eventIds)).as("the rest of the batch, and a replayed record skipped")
                .containsExactly(1, 1, 1);
    }

    private List<Integer> processed(List<String> eventIds) {
        return eventIds.stream().map(id -> jdbc.queryForObject("SELECT count(*) FROM processed_message"
                + " WHERE consumer = ? AND message_id = ?", Integer.class, CoreBankingRecordHandler.CONSUMER, id))
                .toList();
    }

    private static ConsumerRecord<String, byte[]> record(int partition, String loanId, String body) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CORE_BANKING_LOAN_EVENTS, partition,
                OFFSETS.incrementAndGet(), loanId, body.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, CoreBankingFeed.DELINQUENCY.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
