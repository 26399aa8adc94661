package io.dunning.deploy.infra.token;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A service's role matrix as probes (docs/security.md): every endpoint called as each role, without a token and
 * with tokens that must not count (expired, another issuer's, another audience's, tampered). A role the endpoint
 * allows must get past security (neither 401 nor 403, never 5xx); any other role gets 403, the bad tokens 401, each
 * as problem+json. Plain JDK HTTP, so any service's test can run it against its server.
 */
public final class RoleMatrix {

    public static final List<String> ROLES = List.of("COLLECTOR", "SUPERVISOR", "RISK_APPROVER", "AUDITOR", "SYSTEM");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration STREAM_WAIT = Duration.ofSeconds(5);
    private static final DevTokenIssuer FOREIGN = DevTokenIssuer.start(0, Duration.ofHours(1));

    /** {@code method} on {@code path} (placeholders such as {@code {caseId}} are filled in), allowed to {@code roles}. */
    public record Endpoint(String method, String path, Set<String> roles) {
        public static Endpoint of(String method, String path, String... roles) {
            return new Endpoint(method, path, Set.of(roles));
        }

        String concretePath() {
            return path.replace("{caseId}", UUID.randomUUID().toString()).replaceAll("\\{([A-Za-z]+)}", "$1-1");
        }
    }

    /** One call: who, with which token, and whether security must let it through, refuse it (403) or not know it (401). */
    public record Probe(Endpoint endpoint, String caller, String token, int expected) {
        @Override
        public String toString() {
            String outcome = expected == 0 ? "passes security" : String.valueOf(expected);
            return endpoint.method() + " " + endpoint.path() + " as " + caller + " -> " + outcome;
        }
    }

    private RoleMatrix() {
    }

    /** An event stream ({@code .../stream}): open until the client leaves. */
    private static boolean streaming(Probe probe) {
        return probe.endpoint().path().contains("/stream");
    }

    /** Every endpoint times every role and every kind of bad token, tokens from {@code issuer}. */
    public static Stream<Probe> probes(DevTokenIssuer issuer, List<Endpoint> endpoints) {
        List<Probe> probes = new ArrayList<>();
        String valid = issuer.token("matrix-collector", "COLLECTOR");
        for (Endpoint endpoint : endpoints) {
            for (String role : ROLES) {
                probes.add(new Probe(endpoint, role, issuer.token("matrix-" + role.toLowerCase(), role),
                        endpoint.roles().contains(role) ? 0 : 403));
            }
            probes.add(new Probe(endpoint, "no token", null, 401));
            probes.add(new Probe(endpoint, "an expired token", issuer.token("matrix-collector", List.of("COLLECTOR"),
                    Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1)), 401));
            probes.add(new Probe(endpoint, "another issuer's token", FOREIGN.token("matrix-collector", ROLES.toArray(
                    String[]::new)), 401));
            probes.add(new Probe(endpoint, "a token for another audience", issuer.token("elsewhere",
                    "matrix-collector", ROLES, Instant.now(), Duration.ofHours(1)), 401));
            probes.add(new Probe(endpoint, "a tampered token", valid.substring(0, valid.lastIndexOf('.') + 1)
                    + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5), 401));
        }
        return probes.stream();
    }

    /** Makes the call against {@code baseUrl}; throws {@link AssertionError} if the answer is not the matrix's. */
    public static void verify(String baseUrl, Probe probe) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + probe.endpoint().concretePath()))
                .timeout(streaming(probe) ? STREAM_WAIT : Duration.ofSeconds(30))
                .method(probe.endpoint().method(), probe.endpoint().method().equals("POST")
                        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json");
        if (probe.token() != null) {
            request.header("Authorization", "Bearer " + probe.token());
        }
        try {
            // the body is read only on a mismatch: a stream the caller may open never ends
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                String type = response.headers().firstValue("Content-Type").orElse("");
                boolean ok = probe.expected() == 0 ? status != 401 && status != 403 && status < 500
                        : status == probe.expected() && type.startsWith("application/problem+json");
                if (!ok) {
                    throw new AssertionError(probe + " but was " + status + " " + type + ": "
                            + new String(body.readNBytes(2000), StandardCharsets.UTF_8));
                }
            }
        } catch (HttpTimeoutException e) {
            // a refusal is immediate; an event stream let through sends nothing until its first event
            if (!streaming(probe) || probe.expected() != 0) {
                throw new AssertionError(probe + ": no answer", e);
            }
        } catch (IOException e) {
            throw new AssertionError(probe + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(probe + ": interrupted", e);
        }
    }
}
