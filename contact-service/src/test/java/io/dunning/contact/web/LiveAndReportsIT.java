package io.dunning.contact.web;

import static io.dunning.contact.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dunning.contact.support.CaseStory;
import io.dunning.contact.support.ContactIntegrationTest;
import io.dunning.contact.support.WireFormat;
import io.dunning.contact.timeline.TimelineEntryView;
import io.dunning.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The SSE stream, the reports and the worklist over REST, and problem+json for bad parameters. */
class LiveAndReportsIT extends ContactIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Instant T = Instant.parse("2026-01-02T01:00:00Z");

    @Autowired
    WebTestClient web;

    @Test
    void theStreamReplaysExistingEntriesThenDeliversNewOnes() {
        CaseStory s = new CaseStory();
        String loan = s.loanId.value();
        WireFormat.send(List.of(WireFormat.record(Topics.CASE_EVENTS, loan, s.opened(30, "900.00"), T)));
        eventually(TIMEOUT, () -> assertThat(timelineSize(s)).isOne());

        Flux<ServerSentEvent<TimelineEntryView>> stream = web.get().uri("/cases/{id}/timeline/stream",
                        s.caseId.value()).accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<TimelineEntryView>>() { })
                .getResponseBody();

        StepVerifier.create(stream.map(ServerSentEvent::data))
                .assertNext(e -> assertThat(e.type()).isEqualTo("CASE_OPENED"))
                .then(() -> WireFormat.send(List.of(
                        WireFormat.record(Topics.CASE_EVENTS, loan, s.overdueNotice(), T.plusSeconds(1)),
                        WireFormat.record(Topics.NOTICE_EVENTS, loan, s.issued(false), T.plusSeconds(2)))))
                .assertNext(e -> assertThat(e.deliveryStatus()).isEqualTo("REQUESTED"))
                .assertNext(e -> {
                    assertThat(e.deliveryStatus()).isEqualTo("ISSUED");
                    assertThat(e.letterNumber()).isEqualTo(s.overdueLetter);
                })
                .thenCancel()
                .verify(TIMEOUT);
    }

    @Test
    void reportsCountTheCaseInItsBucketAndTheWorklistPutsTheRiskierCaseFirst() {
        String branch = "br-" + new CaseStory().suffix;
        CaseStory late = new CaseStory(branch);
        CaseStory early = new CaseStory(branch);
        WireFormat.send(List.of(
                WireFormat.record(Topics.CASE_EVENTS, early.loanId.value(), early.opened(5, "1000.00"), T),
                WireFormat.record(Topics.CASE_EVENTS, late.loanId.value(), late.opened(30, "1000.00"), T),
                WireFormat.record(Topics.CASE_EVENTS, late.loanId.value(), late.dpd(30, 95, "1200.00"),
                        T.plusSeconds(86400 * 65))));

        JsonNode portfolio = eventually(TIMEOUT, () -> get("/reports/portfolio?branchId=" + branch),
                p -> p.path("buckets").get(3).path("openCases").asLong() == 1);
        assertThat(portfolio.path("buckets").get(0).path("bucket").asText()).isEqualTo("1-29");
        assertThat(portfolio.path("buckets").get(0).path("openCases").asLong()).isOne();
        assertThat(portfolio.path("buckets").get(3).path("bucket").asText()).isEqualTo("90+");
        assertThat(portfolio.path("buckets").get(3).path("amountOverdue").decimalValue())
                .isEqualByComparingTo("1200.00");

        JsonNode worklist = get("/worklist?branchId=" + branch + "&size=10");
        assertThat(worklist.path("items").get(0).path("caseId").asText()).isEqualTo(late.caseId.value());
        assertThat(worklist.path("items").get(1).path("caseId").asText()).isEqualTo(early.caseId.value());
        assertThat(worklist.path("totalItems").asLong()).isEqualTo(2);

        assertThat(get("/reports/cure-rate?branchId=" + branch).path("opened").asLong()).isEqualTo(2);
        assertThat(get("/reports/roll-rates?month=2026-03&branchId=" + branch).path("rolls")).isNotNull();
        assertThat(get("/reports/promise-kept-rate?branchId=" + branch).path("made").asLong()).isZero();
        assertThat(get("/reports/letters?branchId=" + branch).path("items").size()).isZero();
        web.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/cases/{caseId}/timeline']").exists();
    }

    @Test
    void badParametersAreAnsweredWithProblemJsonNamingTheField() {
        problem("/cases/c-1/timeline?size=0", "size");
        problem("/cases/c-1/timeline?size=201", "size");
        problem("/customers/x/timeline?page=-1", "page");
        problem("/worklist?page=abc", "page");
        problem("/reports/roll-rates?month=2026-13", "month");
        problem("/reports/roll-rates", "month");
        problem("/reports/letters?size=1000", "size");
    }

    private void problem(String uri, String field) {
        web.get().uri(uri).exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo(field).jsonPath("$.status").isEqualTo(400);
    }

    private long timelineSize(CaseStory s) {
        return get("/cases/" + s.caseId.value() + "/timeline").path("totalItems").asLong();
    }

    private JsonNode get(String uri) {
        return web.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }
}
