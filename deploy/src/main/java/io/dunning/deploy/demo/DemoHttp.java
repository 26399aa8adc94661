package io.dunning.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Every HTTP call the demo makes goes through here: JSON in, JSON out, and the acting member of staff's bearer
 * token ({@link BearerTokens}: the launcher passes the dev issuer's tokens, subject = user id, roles = the actor's
 * role; the services take the acting user from the token's subject).
 */
public final class DemoHttp {

    /** A member of staff the demo acts as: the user id and the role a token for them carries. */
    public record Actor(String userId, String role) {
    }

    /** The token to send for an actor, if any. */
    @FunctionalInterface
    public interface BearerTokens {

        Optional<String> forActor(Actor actor);
    }

    /** The answer of a call: status and JSON body (a missing node when there was none or it was not JSON). */
    public record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "HTTP " + status + (body.isMissingNode() ? "" : " " + body);
        }
    }

    /** Reads from a service when no member of staff acts: the demo itself. */
    static final Actor DEMO = new Actor("dunning-demo", "SUPERVISOR");

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON_TYPE = "application/json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final BearerTokens tokens;

    public DemoHttp(BearerTokens tokens) {
        this.tokens = tokens;
    }

    Answer get(String url) throws IOException, InterruptedException {
        return send(request(url, DEMO, JSON_TYPE).GET().build());
    }

    /** The body as text (e.g. Prometheus' exposition), or empty when the call did not succeed. */
    Optional<String> text(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(url, DEMO, "text/plain").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
    }

    Answer post(String url, Actor actor, Object body) throws IOException, InterruptedException {
        return send(request(url, actor, JSON_TYPE).header("Content-Type", JSON_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String url, Actor actor, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Accept", accept);
        tokens.forActor(actor).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return request;
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), parse(response.body()));
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }
}
