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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The case_view projection parks what it cannot apply and keeps going. The fault is real: a PostgreSQL trigger on
 * case_view raises for loans named {@code POISON-...}, as a broken migration or a bad row would.
 */
class CaseViewDeadLetterIT extends CaseServiceIntegrationTest {

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
        jdbc.execute("DROP TRIGGER IF EXISTS poison_case_view ON case_view");
    }

    @Test
    @DisplayName("2 poisoned loans (2 reports each) among 6 healthy ones: the 2 case sequences are parked with their "
            + "cause, the 6 healthy cases are projected, the gauge counts the parked events; after the fault is "
            + "fixed two ops retries project both and empty the queue")
    void aFailingProjectionParksTheCaseAndTheOthersFlowThenOpsRetryIt() {
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION poison_case_view() RETURNS trigger AS $$
                BEGIN
                  IF NEW.loan_id LIKE 'POISON-%' THEN RAISE EXCEPTION 'case_view refuses loan %', NEW.loan_id; END IF;
                  RETURN NEW;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("CREATE TRIGGER poison_case_view BEFORE INSERT OR UPDATE ON case_view "
                + "FOR EACH ROW EXECUTE FUNCTION poison_case_view()");
        long parkedBefore = parked();
        List<String> poisoned = List.of("POISON-" + UUID.randomUUID(), "POISON-" + UUID.randomUUID());
        List<String> healthy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String loanId = CoreBankingFeed.newLoanId();
            healthy.add(loanId);
            if (i < poisoned.size()) {
                report(poisoned.get(i), 1);
                report(poisoned.get(i), 30);
            }
            report(loanId, 30);
        }

        await().atMost(TIMEOUT).untilAsserted(() -> healthy.forEach(loanId -> assertThat(casesOf(loanId)).isOne()));
        // each poisoned case: CaseOpened, 2 reminders, DelinquencyUpdated, overdue notice, 2 guarantor notices
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(parked() - parkedBefore).isEqualTo(14));
        poisoned.forEach(loanId -> assertThat(casesOf(loanId)).isZero());

        web.get().uri("/dead-letters").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['case-view'].parked").isEqualTo((int) parked())
                .jsonPath("$['case-view'].sequences[?(@.messageType == 'CaseOpened')].letters").isEqualTo(List.of(7, 7))
                .jsonPath("$['case-view'].sequences[0].causeMessage").value(m -> assertThat((String) m)
                        .contains("case_view refuses loan POISON-"))
                .jsonPath("$['case-view'].sequences[0].retries").isEqualTo(0)
                .jsonPath("$['case-view'].sequences[0].firstParkedAt").isNotEmpty();
        assertThat(scrape()).contains("dunning_dead_letters_parked{group=\"case-view\"} " + (double) parked());

        removeTheFault();
        for (int i = 0; i < poisoned.size(); i++) {
            web.post().uri("/dead-letters/{group}/retry", GROUP).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.processed").isEqualTo(true);
        }
        poisoned.forEach(loanId -> assertThat(casesOf(loanId)).isOne());
        assertThat(jdbc.queryForObject("SELECT document->>'daysPastDue' FROM case_view WHERE loan_id = ?",
                String.class, poisoned.get(0))).isEqualTo("30");
        assertThat(parked()).isEqualTo(parkedBefore);
        // the projection goes on with the once-poisoned cases: a new report is applied directly
        report(poisoned.get(0), 60);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT document->>'daysPastDue' FROM case_view WHERE loan_id = ?", String.class, poisoned.get(0)))
                .isEqualTo("60"));
        assertThat(parked()).isEqualTo(parkedBefore);
    }

    @Test
    @DisplayName("a retry with nothing parked answers processed=false; an unknown group is a problem+json 404 "
            + "naming the field")
    void retryingNothingAndAnUnknownGroup() {
        web.post().uri("/dead-letters/{group}/retry", "no-such-group").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("group");
        web.get().uri("/dead-letters/{group}", "no-such-group").exchange()
                .expectStatus().isNotFound();
        if (parked() == 0) {
            web.post().uri("/dead-letters/{group}/retry", GROUP).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.processed").isEqualTo(false).jsonPath("$.parkedAfter").isEqualTo(0);
        }
    }

    private void report(String loanId, int dpd) {
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, dpd));
    }

    private int casesOf(String loanId) {
        return jdbc.queryForObject("SELECT count(*) FROM case_view WHERE loan_id = ?", Integer.class, loanId);
    }

    private long parked() {
        return (long) meterRegistry.get("dunning.dead.letters.parked").tag("group", GROUP).gauge().value();
    }

    private String scrape() {
        return web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
