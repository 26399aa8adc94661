package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.cases.support.CoreBankingFeed;
import io.dunning.cases.support.KafkaTestClient;
import io.dunning.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The party store end to end on the real embedded PostgreSQL and Kafka: core banking's personal data stored
 * encrypted per party, masked views, audited reveals by role, the AUDITOR's trail, crypto-shredding; and no
 * personal data in case events or logs (R6.6, R6.7).
 */
class PartyApiIT extends CaseServiceIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String borrower = "P-B-" + suffix;
    private final String guarantor = "P-G-" + suffix;
    private final String name = "张三丰" + suffix.substring(0, 2);
    private final String idNumber = "1101011990" + digits(8);
    private final String phone = "+86 138 " + digits(4) + " " + digits(4);
    private final String address = "上海市黄浦区中山东一路" + suffix + "号";
    private final String guarantorName = "Li Si " + suffix;
    private final String guarantorPhone = "+86 139 " + digits(4) + " " + digits(4);
    private String loanId;
    private String caseId;

    @BeforeEach
    void aLoanReportedWithItsObligorsPersonalData() {
        root().addAppender(logs);
        logs.start();
        loanId = CoreBankingFeed.newLoanId();
        report(10, phone);
        await().atMost(TIMEOUT).untilAsserted(() -> get(borrower, "COLLECTOR").expectStatus().isOk());
        String[] found = new String[1];
        await().atMost(TIMEOUT).untilAsserted(() -> web.get().uri("/cases?loanId={id}", loanId).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].caseId").value(id -> found[0] = (String) id));
        caseId = found[0];
    }

    @AfterEach
    void detachLogCapture() {
        root().detachAppender(logs);
    }

    @Test
    @DisplayName("R6.7 personal data is stored encrypted per party and shown masked to every role")
    void storedEncryptedShownMasked() {
        byte[] raw = jdbc.queryForObject("SELECT personal_data FROM party WHERE party_id = ?", byte[].class, borrower);
        String rawText = new String(raw, StandardCharsets.ISO_8859_1);
        for (String clear : List.of(name, idNumber, phone, address, "138 ")) {
            assertThat(rawText).doesNotContain(new String(clear.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM party_key WHERE party_id IN (?, ?)"
                + " AND wrapped_key IS NOT NULL", Long.class, borrower, guarantor)).isEqualTo(2);

        for (String role : List.of("COLLECTOR", "SUPERVISOR", "RISK_APPROVER", "AUDITOR", "SYSTEM")) {
            get(borrower, role).expectStatus().isOk().expectBody()
                    .jsonPath("$.partyId").isEqualTo(borrower)
                    .jsonPath("$.name").isEqualTo("张*")
                    .jsonPath("$.idNumber").isEqualTo("*".repeat(14) + idNumber.substring(14))
                    .jsonPath("$.phone").isEqualTo("+86 138****" + phone.substring(phone.length() - 4))
                    .jsonPath("$.address").isEqualTo("上海市***")
                    .jsonPath("$.masked").isEqualTo(true)
                    .jsonPath("$.erased").isEqualTo(false)
                    .jsonPath("$.version").isEqualTo(1);
        }
        get(guarantor, "COLLECTOR").expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("L*")
                .jsonPath("$.address").isEqualTo("***, Shanghai");
    }

    @Test
    @DisplayName("R6.7 a later report replaces the personal data (latest wins, version counts)")
    void aLaterReportWins() {
        String newPhone = "+86 137 " + digits(4) + " " + digits(4);
        report(11, newPhone);
        await().atMost(TIMEOUT).untilAsserted(() -> get(borrower, "COLLECTOR").expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.phone").isEqualTo("+86 137****" + newPhone.substring(newPhone.length() - 4)));
    }

    @Test
    @DisplayName("R6.7 a collector sees clear data only with a reason, every reveal audited; an auditor reads the trail")
    void revealAuditedAndListed() {
        double revealsBefore = counter("dunning.party.reveals", "COLLECTOR", "revealed");
        reveal(borrower, "COLLECTOR", "collector-li", Map.of("reason", "calling the borrower", "caseId", caseId))
                .expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo(name)
                .jsonPath("$.idNumber").isEqualTo(idNumber)
                .jsonPath("$.phone").isEqualTo(phone)
                .jsonPath("$.address").isEqualTo(address)
                .jsonPath("$.revealId").isNotEmpty();
        assertThat(jdbc.queryForMap("SELECT revealed_by, role, reason, case_id FROM reveal_audit WHERE party_id = ?",
                borrower)).containsEntry("revealed_by", "collector-li").containsEntry("role", "COLLECTOR")
                .containsEntry("reason", "calling the borrower").containsEntry("case_id", caseId);
        assertThat(counter("dunning.party.reveals", "COLLECTOR", "revealed")).isEqualTo(revealsBefore + 1);

        problem(reveal(borrower, "AUDITOR", "auditor-wu", Map.of("reason", "curious")), 403);
        problem(reveal(borrower, "RISK_APPROVER", "risk-zhao", Map.of("reason", "curious")), 403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reveal_audit WHERE party_id = ?", Long.class, borrower))
                .isEqualTo(1);

        audit(borrower, "AUDITOR").expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1)
                .jsonPath("$.items[0].partyId").isEqualTo(borrower)
                .jsonPath("$.items[0].revealedBy").isEqualTo("collector-li")
                .jsonPath("$.items[0].role").isEqualTo("COLLECTOR")
                .jsonPath("$.items[0].reason").isEqualTo("calling the borrower")
                .jsonPath("$.items[0].caseId").isEqualTo(caseId)
                .jsonPath("$.items[0].revealedAt").isNotEmpty();
        problem(audit(borrower, "COLLECTOR"), 403);
        problem(audit(borrower, "SUPERVISOR"), 403);

        assertNoPersonalDataInCaseEventsOrLogs();
    }

    @Test
    @DisplayName("R6.7 erasing a party destroys its key: shown as [erased], a reveal is 410 Gone")
    void erasureShredsTheKey() {
        double erasuresBefore = meters.counter("dunning.party.erasures").count();
        problem(erase(borrower, "COLLECTOR"), 403);
        erase(borrower, "SUPERVISOR").expectStatus().isNoContent();
        erase(borrower, "SUPERVISOR").expectStatus().isNoContent();

        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL AND erased_at IS NOT NULL FROM party_key"
                + " WHERE party_id = ?", Boolean.class, borrower)).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM party WHERE party_id = ?", Long.class, borrower))
                .isEqualTo(1);
        get(borrower, "COLLECTOR").expectStatus().isOk().expectBody()
                .jsonPath("$.name").isEqualTo("[erased]")
                .jsonPath("$.phone").isEqualTo("[erased]")
                .jsonPath("$.erased").isEqualTo(true);
        problem(reveal(borrower, "SUPERVISOR", "sup-chen", Map.of("reason", "check")), 410);
        assertThat(meters.counter("dunning.party.erasures").count()).isEqualTo(erasuresBefore + 1);

        // a later report does not bring the erased party back
        report(12, phone);
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM processed_message WHERE message_id LIKE ?", Long.class, loanId + "-12"))
                .isEqualTo(1));
        get(borrower, "COLLECTOR").expectStatus().isOk().expectBody().jsonPath("$.erased").isEqualTo(true);
        // the guarantor is untouched
        reveal(guarantor, "COLLECTOR", "collector-li", Map.of("reason", "calling the guarantor"))
                .expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo(guarantorName);
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        problem(get(borrower, "JANITOR"), 403);
        field(reveal(borrower, "COLLECTOR", "collector-li", Map.of("reason", " ")), 400, "reason");
        field(reveal(borrower, "COLLECTOR", "collector-li", Map.of("caseId", caseId)), 400, "reason");
        field(reveal(borrower, "COLLECTOR", " ", Map.of("reason", "x")), 400, "sub");
        field(reveal(borrower, "COLLECTOR", "collector-li", Map.of("reason", "x", "caseId", "nope")), 400, "caseId");
        field(web.get().uri("/audit/personal-data-reveals?size=100000").headers(as("auditor-wu", "AUDITOR"))
                .exchange(), 400, "size");
        field(web.get().uri("/audit/personal-data-reveals?page=x").headers(as("auditor-wu", "AUDITOR"))
                .exchange(), 400, "page");
        problem(get("P-UNKNOWN-" + suffix, "COLLECTOR"), 404).jsonPath("$.type").isEqualTo("/problems/party-not-found");
        problem(reveal("P-UNKNOWN-" + suffix, "COLLECTOR", "collector-li", Map.of("reason", "x")), 404);
        problem(erase("P-UNKNOWN-" + suffix, "SUPERVISOR"), 404);
    }

    private void assertNoPersonalDataInCaseEventsOrLogs() {
        List<String> secrets = List.of(name, idNumber, phone, address, guarantorName, guarantorPhone);
        List<ConsumerRecord<String, byte[]>> events = KafkaTestClient.read(Topics.CASE_EVENTS, loanId, 3, TIMEOUT,
                Duration.ofSeconds(2));
        assertThat(events).isNotEmpty();
        for (ConsumerRecord<String, byte[]> event : events) {
            String body = new String(event.value(), StandardCharsets.UTF_8);
            assertThat(body).doesNotContain(secrets).contains(loanId);
        }
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent line : List.copyOf(logs.list)) {
            StringBuilder text = new StringBuilder(line.getFormattedMessage()).append(line.getMDCPropertyMap());
            for (IThrowableProxy t = line.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(t.getMessage());
            }
            assertThat(text.toString()).doesNotContain(secrets);
        }
        assertThat(logs.list).anySatisfy(line -> assertThat(line.getFormattedMessage())
                .contains("revealed", borrower, caseId));
    }

    private void report(int dpd, String borrowerPhone) {
        String json = """
                {"eventId":"%s","loanId":"%s","customerId":"C-9","branchId":"BR-SH-01","product":"SME-TERM",
                 "currency":"CNY","principalOutstanding":100000.00,
                 "arrears":{"principal":2500.00,"interest":320.50,"penalty":12.00},
                 "oldestUnpaidDueDate":"%s","principalMatured":false,"daysPastDue":%d,"asOf":"%s",
                 "obligors":[
                   {"partyId":"%s","role":"BORROWER","name":"%s","idNumber":"%s","phone":"%s","address":"%s",
                    "timeZone":"Asia/Shanghai"},
                   {"partyId":"%s","role":"GUARANTOR","name":"%s","idNumber":"110101198001011234",
                    "phone":"%s","address":"2 Nanjing Road, Shanghai","timeZone":"Asia/Shanghai"}]}
                """.formatted(loanId + "-" + dpd, loanId, CoreBankingFeed.DUE, dpd, CoreBankingFeed.DUE.plusDays(dpd),
                borrower, name, idNumber, borrowerPhone, address, guarantor, guarantorName, guarantorPhone);
        KafkaTestClient.send(Topics.CORE_BANKING_LOAN_EVENTS, loanId, CoreBankingFeed.DELINQUENCY, json);
    }

    private WebTestClient.ResponseSpec get(String partyId, String role) {
        return web.get().uri("/parties/{id}", partyId).headers(as("staff-" + role, role)).exchange();
    }

    private WebTestClient.ResponseSpec reveal(String partyId, String role, String user, Map<String, String> body) {
        return web.post().uri("/parties/{id}/reveal", partyId).headers(as(user, role))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec erase(String partyId, String role) {
        return web.delete().uri("/parties/{id}", partyId).headers(as("sup-chen", role)).exchange();
    }

    private WebTestClient.ResponseSpec audit(String partyId, String role) {
        return web.get().uri("/audit/personal-data-reveals?partyId={p}&page=0&size=10", partyId)
                .headers(as("auditor-wu", role)).exchange();
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status);
    }

    private static void field(WebTestClient.ResponseSpec response, int status, String field) {
        problem(response, status).jsonPath("$.field").isEqualTo(field);
    }

    private double counter(String name, String role, String outcome) {
        var counter = meters.find(name).tag("role", role).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((int) (Math.random() * 10));
        }
        return s.toString();
    }
}
