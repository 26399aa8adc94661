package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * case-service's read side as the demo needs it: a loan's case id ({@code GET /cases?loanId=}, newest first), waited
 * for because the case_view read model follows the event store by a moment, and a case's state.
 */
final class DemoCases {

    private final DemoHttp http;
    private final String caseServiceUrl;
    private final Map<String, String> caseIds = new ConcurrentHashMap<>();

    DemoCases(DemoHttp http, String caseServiceUrl) {
        this.http = http;
        this.caseServiceUrl = caseServiceUrl;
    }

    /** The loan's newest case, waiting up to {@code wait} for it to show; empty if it does not. */
    Optional<String> caseIdOf(String loanId, Duration wait) throws IOException, InterruptedException {
        String known = caseIds.get(loanId);
        if (known != null) {
            return Optional.of(known);
        }
        long deadline = System.nanoTime() + wait.toNanos();
        String url = caseServiceUrl + "/cases?loanId=" + URLEncoder.encode(loanId, StandardCharsets.UTF_8);
        while (true) {
            DemoHttp.Answer answer = http.get(url);
            JsonNode newest = answer.body().path(0);
            if (answer.ok() && newest.hasNonNull("caseId")) {
                caseIds.put(loanId, newest.get("caseId").asText());
                return Optional.of(newest.get("caseId").asText());
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            Thread.sleep(250);
        }
    }

    /** {@code GET /cases/{caseId}}: the case's state, or a missing node. */
    JsonNode get(String caseId) throws IOException, InterruptedException {
        DemoHttp.Answer answer = http.get(caseServiceUrl + "/cases/" + caseId);
        return answer.ok() ? answer.body() : answer.body().path("missing");
    }
}
