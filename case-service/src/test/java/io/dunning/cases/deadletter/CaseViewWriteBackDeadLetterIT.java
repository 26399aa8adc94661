package io.dunning.cases.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.config.ProcessorConfig;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The case-view processor writes a batch's case_view rows back once, before the commit (CaseViewBatch). An event
 * whose row the table refuses only at that write-back is still parked, alone with the rest of its case, and
 * nothing of it is written. The fault is real: a PostgreSQL trigger refusing UPDATEs (not INSERTs) for one loan.
 */
class CaseViewWriteBackDeadLetterIT extends CaseServiceIntegrationTest {

    private static final String GROUP = ProcessorConfig.CASE_VIEW;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meterRegistry;

    @AfterEach
    void removeTheFault() {
        jdbc.execute("DROP TRIGGER IF EXISTS refuse_case_view_update ON case_view");
    }

    @Test
    @DisplayName("the events of a report, projected in one batch, end in the case's document and its last sequence "
            + "number; a later report whose row the table refuses at the write-back is parked, event and version "
            + "unwritten, while a healthy loan flows; an ops retry after the fix projects it")
    void aRowRefusedAtTheWriteBackIsParkedWithoutItsChange() {
        String refused = "REFUSE-" + UUID.randomUUID();
        report(refused, 30);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(row(refused)).isNotNull()
                .containsEntry("version", lastSequenceNumber(refused)));
        Map<String, Object> before = row(refused);
        assertThat(before).containsEntry("dpd", "30").containsEntry("steps", 4);
        long versionBefore = (Long) before.get("version");

        jdbc.execute("""
                CREATE OR REPLACE FUNCTION refuse_case_view_update() RETURNS trigger AS $$
                BEGIN
                  IF NEW.loan_id LIKE 'REFUSE-%' AND NEW.document->>'daysPastDue' = '45' THEN
                    RAISE EXCEPTION 'case_view refuses loan % at 45 days', NEW.loan_id;
                  END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER refuse_case_view_update BEFORE UPDATE ON case_view "
                + "FOR EACH ROW EXECUTE FUNCTION refuse_case_view_update()");
        long parkedBefore = parked();
        String healthy = CoreBankingFeed.newLoanId();
        report(refused, 45);
        report(healthy, 30);

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(row(healthy)).isNotNull()
                .containsEntry("version", lastSequenceNumber(healthy)));
        await().atMost(TIMEOUT).untilAsserted(() -> {
            long newEvents = lastSequenceNumber(refused) - versionBefore;
            assertThat(newEvents).isPositive();
            assertThat(parked() - parkedBefore).isEqualTo(newEvents);
        });
        assertThat(row(refused)).isEqualTo(before);

        removeTheFault();
        // ops retry the least recently touched sequence first: another test's may come before this one
        for (long attempt = parked(); attempt > 0 && "30".equals(row(refused).get("dpd")); attempt--) {
            web.post().uri("/dead-letters/{group}/retry", GROUP).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.processed").isEqualTo(true);
        }
        assertThat(row(refused)).containsEntry("dpd", "45").containsEntry("version", lastSequenceNumber(refused));
        assertThat(parked()).isEqualTo(parkedBefore);
    }

    private void report(String loanId, int dpd) {
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, dpd));
    }

    /** The loan's case_view row (days past due, ladder steps done, version), or null. */
    private Map<String, Object> row(String loanId) {
        return jdbc.queryForList("SELECT document->>'daysPastDue' AS dpd,"
                + " jsonb_array_length(document->'ladderStepsDone') AS steps, version"
                + " FROM case_view WHERE loan_id = ?", loanId).stream().findFirst().orElse(null);
    }

    /** The sequence number of the last event of the loan's case in the event store; -1 before its row exists. */
    private long lastSequenceNumber(String loanId) {
        return jdbc.queryForObject("SELECT COALESCE(max(e.sequence_number), -1) FROM domain_event_entry e"
                + " JOIN case_view v ON v.case_id = e.aggregate_identifier WHERE v.loan_id = ?", Long.class, loanId);
    }

    private long parked() {
        return (long) meterRegistry.get("dunning.dead.letters.parked").tag("group", GROUP).gauge().value();
    }
}
