package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.CloudEventHeaders;
import io.dunning.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Reveals and erasures of personal data as case events on the real PostgreSQL and Kafka (R6.7): a guarantor of two
 * loans; a reveal for one case is recorded on that case, a reveal naming no case and an erasure on both; the
 * published events carry who, whom, why and when, never the data; the AUDITOR's trail keeps working.
 */
class PartyEventsIT extends CaseServiceIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String guarantor = "P-SHARED-" + suffix;
    private final String guarantorName = "Zhao Liu " + suffix;
    private final String guarantorPhone = "+86 136 5555 " + suffix.substring(0, 4);

    @Test
    @DisplayName("R6.7 every reveal is a PersonalDataRevealed on the party's case(s), an erasure a PartyErased on each")
    void revealsAndErasureAreCaseEvents() {
        String loanA = CoreBankingFeed.newLoanId();
        String loanB = CoreBankingFeed.newLoanId();
        String caseA = openCase(loanA, "P-BA-" + suffix);
        String caseB = openCase(loanB, "P-BB-" + suffix);

        reveal(guarantor, Map.of("reason", "calling the guarantor of loan A", "caseId", caseA)).expectStatus().isOk();
        reveal(guarantor, Map.of("reason", "checking the guarantor's other loans")).expectStatus().isOk();
        reveal("P-BA-" + suffix, Map.of("reason", "wrong case", "caseId", caseB)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("caseId");
        web.delete().uri("/parties/{id}", guarantor).headers(as("sup-chen", "SUPERVISOR"))
                .exchange().expectStatus().isNoContent();

        assertThat(privacyEvents(loanA, 3)).containsExactly(
                "PersonalDataRevealed.v1:" + caseA + ":calling the guarantor of loan A",
                "PersonalDataRevealed.v1:" + caseA + ":checking the guarantor's other loans",
                "PartyErased.v1:" + caseA + ":sup-chen");
        assertThat(privacyEvents(loanB, 2)).containsExactly(
                "PersonalDataRevealed.v1:" + caseB + ":checking the guarantor's other loans",
                "PartyErased.v1:" + caseB + ":sup-chen");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reveal_audit WHERE party_id = ?", Long.class,
                "P-BA-" + suffix)).isZero();

        web.get().uri("/audit/personal-data-reveals?partyId={p}", guarantor).headers(as("auditor-wu", "AUDITOR"))
                .exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(2)
                .jsonPath("$.items[0].reason").isEqualTo("checking the guarantor's other loans")
                .jsonPath("$.items[1].caseId").isEqualTo(caseA);
    }

    private List<String> privacyEvents(String loanId, int expected) {
        List<ConsumerRecord<String, byte[]>> events = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, 50, TIMEOUT,
                SETTLE);
        List<ConsumerRecord<String, byte[]>> privacy = events.stream()
                .filter(r -> KafkaTestClient.header(r, CloudEventHeaders.TYPE)
                        .matches("(PersonalDataRevealed|PartyErased).*"))
                .toList();
        assertThat(privacy).hasSize(expected);
        return privacy.stream().map(r -> {
            String body = new String(r.value(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(guarantorName, guarantorPhone, "Nanjing").contains(guarantor);
            String type = KafkaTestClient.header(r, CloudEventHeaders.TYPE);
            String detail = type.startsWith("PartyErased") ? field(body, "erasedBy") : field(body, "reason");
            return type + ":" + field(body, "caseId") + ":" + detail;
        }).toList();
    }

    private static String field(String json, String name) {
        int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(start, json.indexOf('"', start));
    }

    private String openCase(String loanId, String borrower) {
        String json = """
                {"eventId":"%s","loanId":"%s","customerId":"C-%s","branchId":"BR-SH-01","product":"SME-TERM",
                 "currency":"CNY","principalOutstanding":50000.00,
                 "arrears":{"principal":900.00,"interest":30.00,"penalty":0.00},
                 "oldestUnpaidDueDate":"%s","principalMatured":false,"daysPastDue":10,"asOf":"%s",
                 "obligors":[
                   {"partyId":"%s","role":"BORROWER","name":"Qian Qi","idNumber":"110101199001011111",
                    "phone":"+86 135 0000 0001","address":"9 Fuxing Road, Shanghai","timeZone":"Asia/Shanghai"},
                   {"partyId":"%s","role":"GUARANTOR","name":"%s","idNumber":"110101198502022222",
                    "phone":"%s","address":"8 Nanjing Road, Shanghai","timeZone":"Asia/Shanghai"}]}
                """.formatted(loanId + "-10", loanId, suffix, CoreBankingFeed.DUE, CoreBankingFeed.DUE.plusDays(10),
                borrower, guarantor, guarantorName, guarantorPhone);
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, json);
        String[] found = new String[1];
        await().atMost(TIMEOUT).untilAsserted(() -> web.get().uri("/cases?loanId={id}", loanId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].caseId").value(id -> found[0] = (String) id));
        return found[0];
    }

    private WebTestClient.ResponseSpec reveal(String partyId, Map<String, String> body) {
        return web.post().uri("/parties/{id}/reveal", partyId).headers(as("collector-li", "COLLECTOR"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
