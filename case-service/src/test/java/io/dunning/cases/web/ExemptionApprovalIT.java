package io.dunning.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dunning.cases.support.CaseServiceIntegrationTest;
import io.dunning.events.cases.ExemptionApprovalRefused;
import io.dunning.events.cases.ExemptionApproved;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** R2.2 over HTTP with real tokens: only RISK_APPROVER approves, and never the one who requested (four eyes). */
class ExemptionApprovalIT extends CaseServiceIntegrationTest {

    @Autowired
    WebTestClient web;
    @Autowired
    CommandGateway commandGateway;
    @Autowired
    EventStore eventStore;

    @Test
    @DisplayName("R2.2 only a risk approver may approve or reject an exemption: collector and supervisor get 403")
    void onlyARiskApproverApproves() {
        String caseId = requested("sup-wang", as("sup-wang", "SUPERVISOR"));
        for (Consumer<HttpHeaders> other : List.of(as("collector-li", "COLLECTOR"), as("sup-chen", "SUPERVISOR"),
                as("auditor-wu", "AUDITOR"), as("notice-service", "SYSTEM"))) {
            decide(caseId, "approval", other).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            decide(caseId, "rejection", other).expectStatus().isForbidden();
        }
        decide(caseId, "approval", as("risk-zhao", "RISK_APPROVER")).expectStatus().isAccepted();
        assertThat(lastEvent(caseId)).isInstanceOfSatisfying(ExemptionApproved.class,
                approved -> assertThat(approved.approvedBy().value()).isEqualTo("risk-zhao"));
    }

    @Test
    @DisplayName("R2.2 four eyes: a risk approver who requested the exemption cannot approve it; another one can")
    void theRequesterNeverApproves() {
        Consumer<HttpHeaders> both = as("zhou", "SUPERVISOR", "RISK_APPROVER");
        String caseId = requested("zhou", both);
        decide(caseId, "approval", both).expectStatus().isAccepted();
        assertThat(lastEvent(caseId)).isInstanceOfSatisfying(ExemptionApprovalRefused.class,
                refused -> assertThat(refused.reason()).contains("four eyes"));

        decide(caseId, "approval", as("risk-zhao", "RISK_APPROVER")).expectStatus().isAccepted();
        assertThat(lastEvent(caseId)).isInstanceOf(ExemptionApproved.class);
    }

    private String requested(String requester, Consumer<HttpHeaders> token) {
        String caseId = CaseCommandApiIT.openCase(commandGateway, 95);
        web.post().uri("/cases/{id}/exemption", caseId).headers(token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CaseCommandApiIT.EXEMPTION)
                .exchange().expectStatus().isCreated();
        assertThat(lastEvent(caseId)).extracting(event -> event.getClass().getSimpleName())
                .isEqualTo("ExemptionRequested");
        return caseId;
    }

    private WebTestClient.ResponseSpec decide(String caseId, String decision, Consumer<HttpHeaders> token) {
        return web.post().uri("/cases/{id}/exemption/ex-1/" + decision, caseId).headers(token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"reason\":\"no collateral\"}").exchange();
    }

    /** The case's latest exemption event (approval is followed by e.g. LitigationDeferred). */
    private Object lastEvent(String caseId) {
        List<Object> events = eventStore.readEvents(caseId).asStream().map(message -> (Object) message.getPayload())
                .filter(event -> event.getClass().getSimpleName().startsWith("Exemption")).toList();
        return events.get(events.size() - 1);
    }
}
