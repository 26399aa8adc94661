package io.dunning.cases.kafka;

import static io.dunning.cases.support.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.ConsumerLag;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Poison among good records on the inbound topic: the poison goes to the DLT, the good records keep flowing. */
class PoisonRecordsIT extends CaseServiceIntegrationTest {

    private static final String DLT = Topics.deadLetterTopicOf(Topics.CORE_BANKING_LOAN_EVENTS);
    private static final String INBOUND_GROUP = "corebanking-inbound";
    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final int HEALTHY_LOANS = 20;
    private static final LocalDate DUE = CoreBankingFeed.DUE;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meterRegistry;

    @Test
    @DisplayName("20 healthy loans x 4 records (report DPD 10, partial payment, report DPD 5, report DPD 31) "
            + "interleaved with 12 poison records (3 malformed JSON, 3 negative arrears, 3 payments for unknown "
            + "loans, 3 reports whose DPD fell without a payment): each poison record is on the DLT with its "
            + "reason, tried at most twice (its batch, then alone; no retries), every healthy loan ends at DPD 31, "
            + "the lag returns to 0")
    void poisonGoesToTheDltAfterOneAttemptAndTheOtherLoansKeepFlowing() {
        double invalidBefore = consumed("invalid");
        double failedBefore = consumed("failed");
        Map<String, String> expectedReason = new LinkedHashMap<>();
        List<String> healthy = new ArrayList<>();
        long maxLag = 0;
        for (int i = 0; i < HEALTHY_LOANS; i++) {
            String loanId = CoreBankingFeed.newLoanId();
            healthy.add(loanId);
            report(loanId, 10, DUE.plusDays(10));
            if (i % 5 == 0) {
                poison(expectedReason, PoisonKind.values()[i / 5]);
            }
            send(loanId, CoreBankingFeed.PAYMENT, CoreBankingFeed.payment(id(), loanId, "pay-" + loanId, "100.00",
                    "2400.00", DUE.plusDays(11)));
            report(loanId, 5, DUE.plusDays(12));
            if (i % 5 == 1 || i % 5 == 2) {
                poison(expectedReason, PoisonKind.values()[(i / 5 + i % 5) % 4]);
            }
            report(loanId, 31, DUE.plusDays(38));
            maxLag = Math.max(maxLag, ConsumerLag.of(INBOUND_GROUP, Topics.CORE_BANKING_LOAN_EVENTS));
        }
        assertThat(expectedReason).hasSize(12);

        expectedReason.forEach((loanId, reason) -> {
            List<ConsumerRecord<String, byte[]>> dead = KafkaTestClient.read(DLT, loanId, 1, TIMEOUT,
                    Duration.ZERO);
            assertThat(dead).as("DLT records of %s", loanId).hasSize(1);
            assertThat(header(dead.get(0), DeadLetterReasons.REASON_TAG_HEADER)).isEqualTo(reason);
            assertThat(header(dead.get(0), DeadLetterReasons.REASON_HEADER)).startsWith(reason + ": ");
        });
        await().atMost(TIMEOUT).untilAsserted(() -> healthy.forEach(loanId ->
                assertThat(jdbc.queryForObject("SELECT document->>'daysPastDue' FROM case_view WHERE loan_id = ?",
                        String.class, loanId)).isEqualTo("31")));
        await().atMost(TIMEOUT).until(() -> ConsumerLag.of(INBOUND_GROUP, Topics.CORE_BANKING_LOAN_EVENTS) == 0);
        // a poison record is tried in its poll's batch transaction (which rolls back) and once on its own, then it
        // goes to the DLT without a retry: at most two attempts each, never the three retries a transient fault gets
        assertThat(consumed("invalid") - invalidBefore).as("attempts at the poison records").isBetween(12.0, 24.0);
        assertThat(consumed("failed") - failedBefore).as("transient failures retried").isZero();
        assertThat(maxLag).as("lag sampled while sending").isLessThanOrEqualTo(HEALTHY_LOANS * 4L + 12);
    }

    private enum PoisonKind { MALFORMED, NEGATIVE_ARREARS, PAYMENT_FOR_UNKNOWN_LOAN, DPD_FELL_WITHOUT_PAYMENT }

    private void poison(Map<String, String> expectedReason, PoisonKind kind) {
        String loanId = "POISON-" + kind + "-" + UUID.randomUUID();
        switch (kind) {
            case MALFORMED -> send(loanId, CoreBankingFeed.DELINQUENCY, "{\"eventId\":\"" + id() + "\",\"loanId\":");
            case NEGATIVE_ARREARS -> send(loanId, CoreBankingFeed.DELINQUENCY,
                    CoreBankingFeed.delinquency(id(), loanId, 30, "-5.00"));
            case PAYMENT_FOR_UNKNOWN_LOAN -> send(loanId, CoreBankingFeed.PAYMENT,
                    CoreBankingFeed.payment(id(), loanId, "pay-" + loanId, "10.00", "0", DUE.plusDays(3)));
            case DPD_FELL_WITHOUT_PAYMENT -> {
                report(loanId, 40, DUE.plusDays(40));
                report(loanId, 20, DUE.plusDays(41));
            }
        }
        expectedReason.put(loanId, switch (kind) {
            case MALFORMED -> "malformed-record";
            case NEGATIVE_ARREARS -> "invalid-field";
            case PAYMENT_FOR_UNKNOWN_LOAN -> "no-open-case";
            case DPD_FELL_WITHOUT_PAYMENT -> "implausible-record";
        });
    }

    private void report(String loanId, int dpd, LocalDate asOf) {
        send(loanId, CoreBankingFeed.DELINQUENCY, CoreBankingFeed.delinquency(id(), loanId, dpd, "2500.00", asOf));
    }

    private static void send(String loanId, String ceType, String body) {
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, ceType, body);
    }

    private double consumed(String outcome) {
        return meterRegistry.find("dunning.corebanking.records.consumed").tag("outcome", outcome).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
