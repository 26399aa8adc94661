package io.dunning.cases.web;

import static org.awaitility.Awaitility.await;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.Topics;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** GET /cases?loanId= and GET /cases/{caseId} over the case_view read model, problem+json on errors. */
class CaseQueryApiIT extends CaseServiceIntegrationTest {

    @Autowired
    WebTestClient web;

    @Test
    void aCaseFedFromCoreBankingIsReadableByLoanAndById() {
        String loanId = CoreBankingFeed.newLoanId();
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY,
                CoreBankingFeed.delinquency(UUID.randomUUID().toString(), loanId, 30));

        String[] caseId = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> web.get().uri("/cases?loanId={id}", loanId)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].ladderStepsDone.length()").isEqualTo(4)
                .jsonPath("$[0].caseId").value(id -> caseId[0] = (String) id));

        web.get().uri("/cases/{id}", caseId[0]).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.loanId").isEqualTo(loanId)
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.daysPastDue").isEqualTo(30)
                .jsonPath("$.arrears.interest").isEqualTo(320.5)
                .jsonPath("$.ladderStepsDone[0]").isEqualTo("SMS_REMINDER")
                .jsonPath("$.ladderStepsDone[3]").isEqualTo("GUARANTOR_LIABILITY_NOTICE")
                .jsonPath("$.policyVersion").isEqualTo("2026.1-handbook")
                .jsonPath("$.openedOn").isEqualTo(CoreBankingFeed.DUE.plusDays(30).toString())
                .jsonPath("$.openPromises.length()").isEqualTo(0)
                .jsonPath("$.litigation").isEqualTo("NONE");
    }

    @Test
    void anUnknownLoanHasNoCases() {
        web.get().uri("/cases?loanId={id}", "L-none").exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
    }

    @Test
    void aMissingLoanIdIsA400ProblemNamingTheField() {
        web.get().uri("/cases").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo("loanId");
    }

    @Test
    void aBlankLoanIdIsA400ProblemNamingTheField() {
        web.get().uri(b -> b.path("/cases").queryParam("loanId", " ").build()).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("loanId")
                .jsonPath("$.type").isEqualTo("/problems/invalid-request");
    }

    @Test
    void aMalformedCaseIdIsA400ProblemNamingTheField() {
        web.get().uri("/cases/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("caseId");
    }

    @Test
    void anUnknownCaseIsA404Problem() {
        web.get().uri("/cases/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.type").isEqualTo("/problems/case-not-found");
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        web.get().uri("/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void prometheusMetricsAndProbesAreExposed() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        // the scrape grows with every endpoint and command the shared context has served: no 256 KB client buffer
        web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .contains("dunning_command_latency_seconds", "dunning_corebanking_records_consumed_total"));
    }
}
