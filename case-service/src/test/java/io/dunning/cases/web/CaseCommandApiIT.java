package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dunning.cases.collection.OpenCase;
import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.CustomerId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.Obligor;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The command endpoints under /cases/{caseId}/... on the real embedded PostgreSQL and Kafka: for every endpoint its
 * happy path, a 400 naming the field, 404 for an unknown case and 412 for a stale If-Match; rule refusals are 409/422
 * naming the code and the rule.
 */
class CaseCommandApiIT extends CaseServiceIntegrationTest {

    static final String COLLECTOR = "collector-li";
    static final String SECOND_COLLECTOR = "collector-chen";
    static final String RISK_APPROVER = "risk-zhao";
    static final String BORROWER = "p-borrower-ops";
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @Autowired
    WebTestClient web;

    @Autowired
    CommandGateway commandGateway;

    /** One endpoint: its path, what must exist before it, a valid body, a body invalid in one field. */
    record Endpoint(String path, String prerequisite, String body, String invalidBody, String invalidField,
                    int status) {

        @Override
        public String toString() {
            return path;
        }
    }

    static final String CONTACT = """
            {"contactId":"%s","channel":"PHONE_CALL","occurredAt":"2026-11-02T02:00:00Z","place":"phone",
             "participants":["collector-li"],"partyId":"p-borrower-ops","partyKind":"OBLIGOR",
             "pointsMade":"explained the arrears","customerReaction":"will pay","agreement":"pays 300",
             "promise":{"amount":300.00,"dueDate":"2027-01-10"}}""";
    static final String EXEMPTION = """
            {"exemptionId":"ex-1","reason":"collateral sale under way",
             "plan":[{"amount":500,"dueDate":"2027-01-10"},{"amount":500,"dueDate":"2027-02-10"}]}""";
    static final String COMPLAINT = """
            {"complaintId":"k-1","channel":"PHONE","summary":"called late","receivedAt":"2026-11-03T01:00:00Z"}""";

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("contacts", null, CONTACT.formatted("c-1"),
                        CONTACT.formatted("c-1").replace("\"place\":\"phone\"", "\"place\":\" \""), "place", 201),
                new Endpoint("promises", null, """
                        {"promiseId":"p-1","amount":300,"dueDate":"2027-01-10"}""", """
                        {"promiseId":"p-1","amount":-3,"dueDate":"2027-01-10"}""", "amount", 201),
                new Endpoint("plans", null, """
                        {"planId":"plan-1","instalments":[{"amount":300,"dueDate":"2027-01-10"}],"hardshipReason":"ill"}""",
                        """
                        {"planId":"plan-1","instalments":[{"amount":300}]}""", "instalments[0].dueDate", 201),
                new Endpoint("segment", null, """
                        {"segment":"TEMPORARY_HARDSHIP","reason":"lost his job"}""", """
                        {"reason":"lost his job"}""", "segment", 202),
                new Endpoint("risk-measures", null, """
                        {"measure":"CREDIT_LINE_FROZEN","note":"frozen"}""", """
                        {"note":"frozen"}""", "measure", 202),
                new Endpoint("risk-reviews", null, """
                        {"summary":"no other loans"}""", """
                        {"summary":""}""", "summary", 202),
                new Endpoint("arrears-reason", null, """
                        {"reason":"business trouble"}""", """
                        {"reason":null}""", "reason", 202),
                new Endpoint("follow-ups", null, """
                        {"dueOn":"2026-11-10","action":"call again"}""", """
                        {"action":"call again"}""", "dueOn", 202),
                new Endpoint("extensions", null, """
                        {"extendedTo":"2027-01-15","hardshipReason":"in hospital"}""", """
                        {"hardshipReason":"in hospital"}""", "extendedTo", 202),
                new Endpoint("penalty-waivers", null, """
                        {"amount":10,"hardshipReason":"in hospital"}""", """
                        {"hardshipReason":"in hospital"}""", "amount", 202),
                new Endpoint("exemption", null, EXEMPTION, """
                        {"reason":"collateral sale","plan":[]}""", "plan", 201),
                new Endpoint("exemption/ex-1/approval", "exemption", "{}", null, null, 202),
                new Endpoint("exemption/ex-1/rejection", "exemption", """
                        {"reason":"no collateral"}""", "{}", "reason", 202),
                new Endpoint("litigation", null, """
                        {"court":"Pudong People's Court","courtCaseReference":"(2026)沪0115民初1","filedOn":"2026-11-05"}""",
                        """
                        {"court":"Pudong People's Court","filedOn":"2026-11-05"}""", "courtCaseReference", 202),
                new Endpoint("complaints", null, COMPLAINT, """
                        {"complaintId":"k-1","channel":"PHONE","summary":"called late"}""", "receivedAt", 201),
                new Endpoint("complaints/k-1/handling", "complaints", """
                        {"actionTaken":"apologised"}""", """
                        {"actionTaken":" "}""", "actionTaken", 202),
                new Endpoint("complaints/k-1/closing", "complaints", """
                        {"outcome":"upheld"}""", "{}", "outcome", 202));
    }

    @ParameterizedTest(name = "POST /cases/<caseId>/{0} answers 201 or 202 with the new version")
    @MethodSource("endpoints")
    void happyPath(Endpoint endpoint) {
        String caseId = prepared(endpoint);
        web.post().uri("/cases/{id}/" + endpoint.path(), caseId)
                .headers(actor(endpoint.path()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body())
                .exchange()
                .expectStatus().isEqualTo(endpoint.status())
                .expectHeader().value("ETag", etag -> assertThat(etag).matches("\"\\d+\""))
                .expectBody()
                .jsonPath("$.caseId").isEqualTo(caseId)
                .jsonPath("$.version").value(v -> assertThat(((Number) v).longValue()).isPositive());
    }

    static Stream<Endpoint> endpointsWithABody() {
        return endpoints().filter(endpoint -> endpoint.invalidBody() != null);
    }

    @ParameterizedTest(name = "POST /cases/<caseId>/{0} with an invalid body is a 400 problem naming the field")
    @MethodSource("endpointsWithABody")
    void validationNamesTheField(Endpoint endpoint) {
        String caseId = prepared(endpoint);
        post(caseId, endpoint.path(), endpoint.invalidBody())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.field").isEqualTo(endpoint.invalidField());
    }

    @ParameterizedTest(name = "POST /cases/<unknown>/{0} is a 404 problem")
    @MethodSource("endpoints")
    void unknownCaseIs404(Endpoint endpoint) {
        post(UUID.randomUUID().toString(), endpoint.path(), endpoint.body())
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("/problems/case-not-found");
    }

    @ParameterizedTest(name = "POST /cases/<caseId>/{0} with a stale If-Match is a 412 problem naming If-Match")
    @MethodSource("endpoints")
    void staleIfMatchIs412(Endpoint endpoint) {
        String caseId = prepared(endpoint);
        web.post().uri("/cases/{id}/" + endpoint.path(), caseId)
                .headers(actor(endpoint.path()))
                .header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body())
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("If-Match")
                .jsonPath("$.expectedVersion").isEqualTo(0);
    }

    @Test
    @DisplayName("GET /cases/{caseId} carries the ETag; a command with it passes, the same ETag again is 412")
    void twoCollectorsCannotOverwriteEachOtherSilently() {
        String caseId = openCase(95);
        String[] etag = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            web.get().uri("/cases/{id}", caseId).exchange()
                    .expectStatus().isOk()
                    .expectHeader().value("ETag", value -> etag[0] = value);
            assertThat(etag[0]).isNotEqualTo("\"0\"");
        });
        String next = web.post().uri("/cases/{id}/arrears-reason", caseId)
                .headers(as(COLLECTOR, "COLLECTOR")).header("If-Match", etag[0])
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"lost his job\"}")
                .exchange()
                .expectStatus().isAccepted()
                .returnResult(String.class).getResponseHeaders().getETag();
        assertThat(Long.parseLong(next.replace("\"", ""))).isEqualTo(Long.parseLong(etag[0].replace("\"", "")) + 1);
        web.post().uri("/cases/{id}/arrears-reason", caseId)
                .headers(as(SECOND_COLLECTOR, "COLLECTOR")).header("If-Match", etag[0])
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"business trouble\"}")
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.field").isEqualTo("If-Match")
                .jsonPath("$.actualVersion").isEqualTo(Long.parseLong(next.replace("\"", "")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> web.get().uri("/cases/{id}", caseId).exchange()
                .expectHeader().valueEquals("ETag", next));
    }

    @Test
    void theOpenApiDocumentNamesEveryCommandEndpointAndItsIfMatch() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(doc -> {
                    endpoints().forEach(e -> assertThat(doc).contains("/cases/{caseId}/" + e.path()
                            .replace("ex-1", "{exemptionId}").replace("k-1", "{complaintId}")));
                    assertThat(doc).contains("otherwise 412");
                });
    }

    @Test
    void aMalformedIfMatchOrATokenSubjectThatIsNoUserIdIsA400NamingIt() {
        String caseId = openCase(20);
        web.post().uri("/cases/{id}/arrears-reason", caseId)
                .headers(as(COLLECTOR, "COLLECTOR")).header("If-Match", "\"v7\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("If-Match");
        web.post().uri("/cases/{id}/arrears-reason", caseId).headers(as("li <script>", "COLLECTOR"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("sub");
        post("not-a-uuid", "arrears-reason", "{\"reason\":\"x\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("caseId");
    }

    @Test
    void badJsonWrongTypesAndUnknownEnumsAreA400NamingTheField() {
        String caseId = openCase(20);
        post(caseId, "contacts", CONTACT.formatted("c-9").replace("PHONE_CALL", "CARRIER_PIGEON"))
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("channel");
        post(caseId, "promises", "{\"amount\":\"lots\",\"dueDate\":\"2027-01-10\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("amount");
        post(caseId, "promises", "{\"amount\":300,\"dueDate\":\"2027-13-45\"}")
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("dueDate");
        post(caseId, "promises", "{\"amount\":300,")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("body");
    }

    @Test
    @DisplayName("R6.3 R4.3 R6.4 a visit by one collector, without evidence, or recorded by an outsider is a 422 naming the rule")
    void visitRulesAre422NamingTheRule() {
        String caseId = openCase(40);
        String visit = CONTACT.formatted("v-1").replace("PHONE_CALL", "HOME_VISIT");
        refusal(post(caseId, "contacts", visit), 422, "VISIT_NEEDS_TWO_COLLECTORS", "R6.3");
        String byTwo = visit.replace("[\"collector-li\"]", "[\"collector-li\",\"collector-chen\"]");
        refusal(post(caseId, "contacts", byTwo), 422, "VISIT_EVIDENCE_MISSING", "R4.3");
        refusal(post(caseId, "contacts", CONTACT.formatted("v-2").replace("[\"collector-li\"]", "[\"collector-chen\"]")),
                422, "COLLECTOR_NOT_IDENTIFIED", "R6.4");
        post(caseId, "contacts", byTwo.replace("\"promise\"",
                "\"recordingRef\":\"rec://v-1\",\"photoRefs\":[\"photo://1\",\"photo://2\"],\"promise\""))
                .expectStatus().isCreated().expectBody().jsonPath("$.id").isEqualTo("v-1");
        refusal(post(caseId, "contacts", CONTACT.formatted("v-1")), 409, "DUPLICATE_CONTACT", "R4.2");
    }

    @Test
    void otherRuleRefusalsAre409Or422NamingTheRule() {
        String early = openCase(20);
        refusal(post(early, "litigation", """
                {"court":"Pudong","courtCaseReference":"r-1","filedOn":"2026-11-05"}"""), 409,
                "LITIGATION_NOT_PREPARED", "R2.4");
        refusal(post(early, "extensions", "{\"extendedTo\":\"2027-01-15\"}"), 422, "NO_HARDSHIP_REASON", "R5.3");
        refusal(post(early, "penalty-waivers", "{\"amount\":999,\"hardshipReason\":\"ill\"}"), 422,
                "WAIVER_EXCEEDS_PENALTY", "R5.3");
        refusal(post(early, "plans", """
                {"instalments":[{"amount":1,"dueDate":"2027-02-10"},{"amount":1,"dueDate":"2027-01-10"}]}"""), 422,
                "INVALID_PLAN", "R2.1");
        refusal(post(early, "complaints/k-404/handling", "{\"actionTaken\":\"called back\"}"), 409,
                "UNKNOWN_COMPLAINT", "R6.8");
        refusal(post(early, "exemption/ex-404/approval", "{}"), 409,
                "EXEMPTION_NOT_PENDING", "R2.2");
        post(early, "complaints", COMPLAINT).expectStatus().isCreated();
        post(early, "complaints/k-1/closing", "{\"outcome\":\"upheld\"}").expectStatus().isAccepted();
        refusal(post(early, "complaints/k-1/closing", "{\"outcome\":\"upheld\"}"), 409, "COMPLAINT_CLOSED", "R6.8");
    }

    private static void refusal(WebTestClient.ResponseSpec response, int status, String code, String rule) {
        response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.rule").isEqualTo(rule);
    }

    private WebTestClient.ResponseSpec post(String caseId, String path, String body) {
        return web.post().uri("/cases/{id}/" + path, caseId)
                .headers(actor(path))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    /** Exemption decisions are a risk approver's (R2.2); the rest a collector's who also holds SUPERVISOR. */
    private static Consumer<HttpHeaders> actor(String path) {
        return path.startsWith("exemption/") ? as(RISK_APPROVER, "RISK_APPROVER")
                : as(COLLECTOR, "COLLECTOR", "SUPERVISOR");
    }

    /** A case at DPD 95 (litigation prepared and required) with what the endpoint needs before it. */
    private String prepared(Endpoint endpoint) {
        String caseId = openCase(95);
        if (endpoint.prerequisite() != null) {
            String body = endpoint.prerequisite().equals("exemption") ? EXEMPTION : COMPLAINT;
            post(caseId, endpoint.prerequisite(), body).expectStatus().isCreated();
        }
        return caseId;
    }

    private String openCase(int dpd) {
        return openCase(commandGateway, dpd);
    }

    /** A fresh case at {@code dpd} days past due with one borrower. */
    static String openCase(CommandGateway commandGateway, int dpd) {
        String caseId = UUID.randomUUID().toString();
        Arrears arrears = new Arrears(new BigDecimal("1000.00"), new BigDecimal("100.00"), new BigDecimal("20.00"));
        commandGateway.sendAndWait(new OpenCase(new CaseId(caseId), new LoanId("L-ops-" + caseId),
                new CustomerId("cust-ops"), new BranchId("branch-sh-01"), "consumer-loan", "CNY",
                new BigDecimal("50000.00"), arrears, dpd, AS_OF.minusDays(dpd), true,
                List.of(new Obligor(new PartyId(BORROWER), ObligorRole.BORROWER, "Asia/Shanghai")), AS_OF,
                "ops-it-" + caseId));
        return caseId;
    }
}
