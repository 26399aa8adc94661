package io.dunning.simulators.courier;

import static io.dunning.simulators.Answers.IDEMPOTENCY_KEY;
import static io.dunning.simulators.Answers.REPLAYED;
import static io.dunning.simulators.Answers.problem;

import io.dunning.simulators.Answers;
import io.dunning.simulators.Draw;
import io.dunning.simulators.Faults;
import io.dunning.simulators.SimulatorSettings;
import java.time.Clock;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A courier that speaks the contract of notice-service's courier adapter:
 * POST /courier/shipments (Idempotency-Key required; the same key gives the same waybill, never a second one),
 * GET /courier/shipments[/{waybill}], DELETE /courier/shipments/{waybill} (cancel while in transit).
 * After {@code deliveryDelay} it posts DELIVERED or RETURNED to the callback URL, with bounded retries.
 */
public final class CourierSimulator {

    public static final String TARGET = "courier";
    private static final Logger log = LoggerFactory.getLogger(CourierSimulator.class);

    record HandoverBody(String letterNumber, String recipientRef, String sendingBranch) {
    }

    record Accepted(String waybill, String letterNumber, String status, java.time.Instant acceptedAt) {
    }

    private final SimulatorSettings.Courier settings;
    private final Faults faults;
    private final Clock clock;
    private final WebClient callbacks;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Shipment> byKey = new ConcurrentHashMap<>();
    private final Map<String, Shipment> byWaybill = new ConcurrentHashMap<>();
    private final Map<String, Shipment.Status> forced = new ConcurrentHashMap<>();

    public CourierSimulator(SimulatorSettings.Courier settings, Faults faults, Clock clock, WebClient.Builder web) {
        this.settings = settings;
        this.faults = faults;
        this.clock = clock;
        this.callbacks = web.build();
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/courier/shipments", req -> Answers.withFaults(faults, TARGET, () -> handOver(req)))
                .GET("/courier/shipments", req -> ServerResponse.ok().bodyValue(shipments()))
                .GET("/courier/shipments/{waybill}", req -> Answers.withFaults(faults, TARGET, () -> find(req)))
                .DELETE("/courier/shipments/{waybill}", req -> Answers.withFaults(faults, TARGET, () -> cancel(req)))
                .build();
    }

    public List<ShipmentView> shipments() {
        return byWaybill.values().stream().map(Shipment::view)
                .sorted(Comparator.comparing(ShipmentView::waybill)).toList();
    }

    /** The next handover of this letter ends DELIVERED or RETURNED, whatever the ratio says. */
    public void force(String letterNumber, String outcome) {
        forced.put(letterNumber, Shipment.Status.valueOf(outcome));
    }

    public void reset() {
        byWaybill.values().forEach(Shipment::cancel);
        byWaybill.clear();
        byKey.clear();
        forced.clear();
    }

    private Mono<ServerResponse> handOver(ServerRequest req) {
        String key = req.headers().firstHeader(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "MISSING_IDEMPOTENCY_KEY", "header Idempotency-Key is required");
        }
        return req.bodyToMono(HandoverBody.class)
                .flatMap(body -> {
                    String missing = body.letterNumber() == null || body.letterNumber().isBlank() ? "letterNumber"
                            : body.recipientRef() == null || body.recipientRef().isBlank() ? "recipientRef"
                            : body.sendingBranch() == null || body.sendingBranch().isBlank() ? "sendingBranch" : null;
                    if (missing != null) {
                        return problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", missing + " is required");
                    }
                    boolean[] created = {false};
                    Shipment shipment = byKey.computeIfAbsent(key, k -> {
                        created[0] = true;
                        Shipment s = new Shipment(nextWaybill(), body.letterNumber(), body.recipientRef(),
                                body.sendingBranch(), k, clock.instant());
                        byWaybill.put(s.waybill, s);
                        return s;
                    });
                    if (!shipment.letterNumber.equals(body.letterNumber())) {
                        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                                "this Idempotency-Key was used for another letter");
                    }
                    Accepted accepted = new Accepted(shipment.waybill, shipment.letterNumber, "ACCEPTED",
                            shipment.acceptedAt);
                    if (!created[0]) {
                        return ServerResponse.ok().header(REPLAYED, "true").bodyValue(accepted);
                    }
                    log.info("Courier simulator accepted letter {} as waybill {}", shipment.letterNumber,
                            shipment.waybill);
                    schedule(shipment);
                    return ServerResponse.status(HttpStatus.CREATED).bodyValue(accepted);
                })
                .switchIfEmpty(Mono.defer(() -> problem(HttpStatus.BAD_REQUEST, "MISSING_BODY", "a body is required")));
    }

    private Mono<ServerResponse> find(ServerRequest req) {
        Shipment s = byWaybill.get(req.pathVariable("waybill"));
        return s == null ? problem(HttpStatus.NOT_FOUND, "UNKNOWN_WAYBILL", "no such waybill")
                : ServerResponse.ok().bodyValue(s.view());
    }

    private Mono<ServerResponse> cancel(ServerRequest req) {
        Shipment s = byWaybill.get(req.pathVariable("waybill"));
        if (s == null) {
            return problem(HttpStatus.NOT_FOUND, "UNKNOWN_WAYBILL", "no such waybill");
        }
        if (s.cancel() || s.status() == Shipment.Status.CANCELLED) {
            return ServerResponse.ok().bodyValue(s.view());
        }
        return problem(HttpStatus.CONFLICT, "ALREADY_" + s.status().name(), "the shipment is no longer in transit");
    }

    private String nextWaybill() {
        return "SIM%010d".formatted(sequence.incrementAndGet());
    }

    private void schedule(Shipment s) {
        Shipment.Status outcome = forced.getOrDefault(s.letterNumber,
                Draw.below(settings.returnRatio(), settings.seed(), s.letterNumber)
                        ? Shipment.Status.RETURNED : Shipment.Status.DELIVERED);
        s.pending(Mono.delay(settings.deliveryDelay())
                .filter(tick -> s.arrive(outcome, clock.instant()))
                .flatMap(tick -> post(s, outcome))
                .subscribe(
                        done -> s.callback(Shipment.Callback.SENT),
                        error -> {
                            s.callback(Shipment.Callback.FAILED);
                            log.warn("Courier simulator gave up the {} callback of letter {} after {} attempts: {}",
                                    outcome, s.letterNumber, s.callbackAttempts.get(), error.toString());
                        }));
    }

    private Mono<String> post(Shipment s, Shipment.Status outcome) {
        boolean delivered = outcome == Shipment.Status.DELIVERED;
        CourierCallback body = new CourierCallback(s.waybill, s.letterNumber, outcome.name(),
                delivered ? "POD-" + s.waybill : null,
                delivered ? null : "ADDRESSEE_UNKNOWN",
                delivered ? null : "RET-" + s.waybill,
                s.view().outcomeAt().toString());
        return Mono.defer(() -> {
                    URI target = settings.callbackTarget(s.waybill, s.callbackAttempts.incrementAndGet());
                    s.callbackTarget(target);
                    return callbacks.post().uri(target)
                            .header(IDEMPOTENCY_KEY, "callback-" + s.waybill)
                            .bodyValue(body)
                            .retrieve()
                            .toBodilessEntity()
                            .timeout(Duration.ofSeconds(10));
                })
                .retryWhen(Retry.backoff(settings.callbackMaxAttempts() - 1L, settings.callbackBackoff())
                        .filter(CourierSimulator::isTransient)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
                .thenReturn(outcome.name());
    }

    private static boolean isTransient(Throwable e) {
        return e instanceof WebClientRequestException
                || e instanceof java.util.concurrent.TimeoutException
                || e instanceof WebClientResponseException r && r.getStatusCode().is5xxServerError();
    }
}
