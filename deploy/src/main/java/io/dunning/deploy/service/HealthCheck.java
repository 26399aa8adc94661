package io.dunning.deploy.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Polls a service's {@code /actuator/health} until it reports UP, the process dies or time runs out. */
public final class HealthCheck {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public boolean awaitUp(ServiceProcess service, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create(service.spec().baseUrl() + "/actuator/health");
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            if (isUp(health)) {
                return true;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }

    private boolean isUp(URI health) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        }
    }
}
