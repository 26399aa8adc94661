package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dunning.deploy.service.ServiceSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads a loan's cases from case-service ({@code GET /cases?loanId=}) and sums up the newest one, as an auditor
 * with a token from the launcher's dev issuer (docs/security.md).
 */
final class CaseQueries {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String caseServiceUrl;

    CaseQueries(String caseServiceUrl) {
        this.caseServiceUrl = caseServiceUrl;
    }

    /** e.g. {@code status=OPEN dpd=95 caseId=...}, or why there is nothing to show. */
    String newestCaseOf(String loanId) throws InterruptedException {
        URI uri = URI.create(caseServiceUrl + "/cases?loanId=" + URLEncoder.encode(loanId, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                    .header("Accept", "application/json").header("Authorization", "Bearer " + token()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return "HTTP " + response.statusCode();
            }
            JsonNode cases = json.readTree(response.body());
            JsonNode newest = cases.isArray() ? cases.path(0) : cases;
            if (newest.isMissingNode() || newest.isEmpty()) {
                return "no case";
            }
            return "status=" + field(newest, "status") + " dpd=" + field(newest, "dpd", "daysPastDue")
                    + " caseId=" + field(newest, "caseId", "id")
                    + (cases.size() > 1 ? " (" + cases.size() + " cases)" : "");
        } catch (IOException e) {
            return "case-service not reachable (" + e.getClass().getSimpleName() + ")";
        }
    }

    /** DEV ONLY: a fresh auditor's token from the launcher's issuer. */
    private String token() throws IOException, InterruptedException {
        URI issuer = URI.create(ServiceSpec.LOCAL_ISSUER + "/dev/token?sub=demo-feed&roles=AUDITOR");
        return http.send(HttpRequest.newBuilder(issuer).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().strip();
    }

    private static String field(JsonNode node, String... names) {
        for (String name : names) {
            if (node.hasNonNull(name)) {
                return node.get(name).asText();
            }
        }
        return "?";
    }
}
