package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.cases.conduct.ContactPermissions;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** POST /contact-permissions on the real case (embedded PostgreSQL, in-process Kafka), handbook profile in force. */
class ContactPermissionApiIT extends CaseServiceIntegrationTest {

    @Autowired
    WebTestClient web;

    @Autowired
    MeterRegistry meters;

    private String caseId;

    @BeforeEach
    void aCaseFedFromCoreBanking() {
        String loanId = CoreBankingFeed.newLoanId();
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 10));
        String[] found = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> web.get().uri("/cases?loanId={id}", loanId)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].caseId").value(id -> found[0] = (String) id));
        caseId = found[0];
    }

    private WebTestClient.ResponseSpec ask(Map<String, Object> body) {
        return web.post().uri("/contact-permissions").headers(as("collector-li", "COLLECTOR"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private Map<String, Object> body(String partyId, String channel, String zone, String at) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId);
        body.put("partyId", partyId);
        body.put("channel", channel);
        body.put("timeZone", zone);
        if (at != null) {
            body.put("at", at);
        }
        return body;
    }

    @Test
    @DisplayName("R6.1 the borrower may be called at 10:00 Shanghai time and is told of the debt")
    void permittedWithinHours() {
        ask(body("P-B1", "CALL", "Asia/Shanghai", "2026-03-02T10:00:00+08:00"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.permitted").isEqualTo(true)
                .jsonPath("$.mayDiscloseDebt").isEqualTo(true)
                .jsonPath("$.profile").isEqualTo("HANDBOOK")
                .jsonPath("$.policyVersion").isEqualTo("2026.1");
    }

    @Test
    @DisplayName("R6.1 at 21:00 local the answer is refused with the rule and 07:00 the next morning")
    void refusedOutsideHours() {
        ask(body("P-B1", "sms", "Asia/Shanghai", "2026-03-02T21:00:00+08:00"))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.permitted").isEqualTo(false)
                .jsonPath("$.rule").isEqualTo("OutsideContactHours")
                .jsonPath("$.reason").value(reason -> org.assertj.core.api.Assertions.assertThat((String) reason)
                        .startsWith("R6.1"))
                .jsonPath("$.nextAllowedAt").isEqualTo("2026-03-02T23:00:00Z")
                .jsonPath("$.profile").isEqualTo("HANDBOOK")
                .jsonPath("$.policyVersion").isEqualTo("2026.1");
    }

    @Test
    @DisplayName("R6.1 every refusal counts in dunning_contact_refusals_total by profile and rule, each rule from zero")
    void refusalsAreCountedByRule() {
        assertThat(meters.find("dunning.contact.refusals").tag("profile", "HANDBOOK").counters())
                .extracting(counter -> counter.getId().getTag("rule"))
                .containsExactlyInAnyOrderElementsOf(ContactPermissions.ruleNames());
        double before = refusals("OutsideContactHours");
        double permittedBefore = refusals("ThirdPartyOnlyWhenUnreachable");
        ask(body("P-B1", "CALL", "Asia/Shanghai", "2026-03-02T06:59:00+08:00")).expectStatus().isOk()
                .expectBody().jsonPath("$.rule").isEqualTo("OutsideContactHours");
        ask(body("P-B1", "CALL", "Asia/Shanghai", "2026-03-02T10:00:00+08:00")).expectStatus().isOk()
                .expectBody().jsonPath("$.permitted").isEqualTo(true);
        assertThat(refusals("OutsideContactHours")).isEqualTo(before + 1);
        assertThat(refusals("ThirdPartyOnlyWhenUnreachable")).isEqualTo(permittedBefore);
    }

    private double refusals(String rule) {
        return meters.get("dunning.contact.refusals").tag("profile", "HANDBOOK").tag("rule", rule).counter().count();
    }

    @Test
    @DisplayName("R6.5 a third party is refused while the obligor is reachable; without at the injected clock decides")
    void thirdPartyRefused() {
        ask(body("P-SISTER", "CALL", "Europe/Paris", null))
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.permitted").isEqualTo(false)
                .jsonPath("$.rule").isEqualTo("ThirdPartyOnlyWhenUnreachable");
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        ask(body("P-B1", "CALL", "Mars/Olympus", null)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("timeZone");
        ask(body("P-B1", "PIGEON", "Asia/Shanghai", null)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("channel");
        ask(body("P-B1", "CALL", "Asia/Shanghai", "tomorrow")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("at");
        var noCase = body("P-B1", "CALL", "Asia/Shanghai", null);
        noCase.put("caseId", "not-a-uuid");
        ask(noCase).expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("caseId");
        web.post().uri("/contact-permissions").headers(as(" ", "COLLECTOR")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body("P-B1", "CALL", "Asia/Shanghai", null)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("sub");
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        var unknown = body("P-B1", "CALL", "Asia/Shanghai", null);
        unknown.put("caseId", UUID.randomUUID().toString());
        ask(unknown).expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/case-not-found");
    }
}
