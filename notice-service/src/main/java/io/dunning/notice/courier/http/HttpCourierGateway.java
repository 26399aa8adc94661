package io.dunning.notice.courier.http;

import io.dunning.notice.courier.CourierException;
import io.dunning.notice.courier.CourierGateway;
import io.dunning.notice.courier.CourierRejected;
import io.dunning.notice.courier.CourierUnavailable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.netty.channel.ChannelOption;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.util.retry.Retry;

/**
 * {@link CourierGateway} over the courier's HTTP API (contract: see the courier simulator). Transient faults
 * (5xx, timeouts, refused connections) are retried with exponential backoff up to {@code maxAttempts}; a 4xx is
 * not. Every request carries an {@code Idempotency-Key}. Metrics: timer {@code dunning.notice.courier.requests}
 * (operation, outcome = ok|rejected|unavailable) and counter {@code dunning.notice.courier.retries}.
 * Logs name the letter number and waybill, never the recipient.
 */
public final class HttpCourierGateway implements CourierGateway {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(HttpCourierGateway.class);

    private record HandoverBody(String letterNumber, String recipientRef, String sendingBranch) {
    }

    private final WebClient client;
    private final CourierProperties properties;
    private final MeterRegistry meters;

    public HttpCourierGateway(WebClient.Builder web, CourierProperties properties, MeterRegistry meters) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.connectTimeout().toMillis())
                .responseTimeout(properties.readTimeout());
        this.client = web.clone()
                .baseUrl(properties.baseUrl().toString())
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
        this.properties = properties;
        this.meters = meters;
    }

    @Override
    public Mono<HandoverReceipt> handOver(Handover h) {
        return call("handover", h.letterNumber(), () -> client.post().uri("/courier/shipments")
                        .header(IDEMPOTENCY_KEY, h.idempotencyKey())
                        .bodyValue(new HandoverBody(h.letterNumber(), h.recipientRef(), h.sendingBranch()))
                        .retrieve()
                        .bodyToMono(HandoverReceipt.class))
                .doOnNext(r -> log.info("Letter {} handed over to the courier: waybill {}",
                        r.letterNumber(), r.waybill()));
    }

    @Override
    public Mono<ShipmentStatus> track(String waybill) {
        return call("track", waybill, () -> client.get().uri("/courier/shipments/{waybill}", waybill)
                .header(IDEMPOTENCY_KEY, "track-" + waybill)
                .retrieve()
                .bodyToMono(ShipmentStatus.class));
    }

    @Override
    public Mono<ShipmentStatus> cancel(String waybill, String letterNumber) {
        return call("cancel", letterNumber, () -> client.delete().uri("/courier/shipments/{waybill}", waybill)
                        .header(IDEMPOTENCY_KEY, "cancel-" + waybill)
                        .retrieve()
                        .bodyToMono(ShipmentStatus.class))
                .doOnNext(s -> log.info("Letter {} (waybill {}) cancelled at the courier", letterNumber, waybill));
    }

    private <T> Mono<T> call(String operation, String letterNumber, Supplier<Mono<T>> request) {
        return Mono.defer(() -> {
            Timer.Sample sample = Timer.start(meters);
            AtomicInteger attempts = new AtomicInteger();
            return Mono.defer(() -> {
                        attempts.incrementAndGet();
                        return request.get();
                    })
                    .retryWhen(Retry.backoff(properties.maxAttempts() - 1L, properties.firstBackoff())
                            .maxBackoff(properties.maxBackoff())
                            .filter(HttpCourierGateway::isTransient)
                            .doBeforeRetry(signal -> {
                                meters.counter("dunning.notice.courier.retries", "operation", operation).increment();
                                log.warn("Courier {} for {} failed (attempt {}), retrying: {}", operation, letterNumber,
                                        signal.totalRetries() + 1, signal.failure().toString());
                            })
                            .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                    .onErrorMap(e -> translate(e, letterNumber, attempts.get()))
                    .doOnSuccess(v -> sample.stop(timer(operation, "ok")))
                    .doOnError(e -> {
                        String outcome = e instanceof CourierRejected ? "rejected" : "unavailable";
                        sample.stop(timer(operation, outcome));
                        log.warn("Courier {} for {} ended {}: {}", operation, letterNumber, outcome, e.getMessage());
                    });
        });
    }

    private Timer timer(String operation, String outcome) {
        return Timer.builder("dunning.notice.courier.requests")
                .description("Calls to the courier, by operation and outcome")
                .tags("operation", operation, "outcome", outcome)
                .register(meters);
    }

    static boolean isTransient(Throwable e) {
        return e instanceof WebClientRequestException
                || e instanceof TimeoutException
                || e instanceof WebClientResponseException r && r.getStatusCode().is5xxServerError();
    }

    private static Throwable translate(Throwable e, String letterNumber, int attempts) {
        if (e instanceof CourierException) {
            return e;
        }
        if (e instanceof WebClientResponseException r && r.getStatusCode().is4xxClientError()) {
            return new CourierRejected(letterNumber, r.getStatusCode().value(), code(r), r);
        }
        return new CourierUnavailable(letterNumber, attempts, e);
    }

    static String code(WebClientResponseException r) {
        try {
            Map<?, ?> body = r.getResponseBodyAs(Map.class);
            return body != null && body.get("code") != null ? body.get("code").toString() : "UNKNOWN";
        } catch (RuntimeException notJson) {
            return "UNKNOWN";
        }
    }
}
