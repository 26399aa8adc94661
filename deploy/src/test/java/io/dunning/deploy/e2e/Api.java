package io.dunning.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** The services' public REST APIs over loopback HTTP, answers as JSON trees. */
final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Supplier<String> token;

    /** @param token a bearer token for each request (a fresh one each time is fine) */
    Api(Supplier<String> token) {
        this.token = token;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization", "Bearer " + token.get());
    }

    JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(url)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        return json(url, response);
    }

    byte[] bytes(String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(url).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }

    void post(String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(url)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError("POST " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static JsonNode json(String url, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
