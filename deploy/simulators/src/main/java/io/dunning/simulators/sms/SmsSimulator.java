package io.dunning.simulators.sms;

import static io.dunning.simulators.Answers.IDEMPOTENCY_KEY;
import static io.dunning.simulators.Answers.REPLAYED;
import static io.dunning.simulators.Answers.problem;

import io.dunning.simulators.Answers;
import io.dunning.simulators.Draw;
import io.dunning.simulators.Faults;
import io.dunning.simulators.SimulatorSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * An SMS provider that speaks the contract of notice-service's SMS adapter:
 * POST /sms/messages (Idempotency-Key required; the same key gives the same answer, never a second message),
 * GET /sms/messages. A seeded share of messages is refused as undeliverable (422, code UNDELIVERABLE).
 */
public final class SmsSimulator {

    public static final String TARGET = "sms";

    record SendBody(String smsId, String recipientRef, String template, String text) {
    }

    record Accepted(String messageId, String smsId, String status, Instant acceptedAt) {
    }

    /** What the provider received (the text itself is not kept: only its length). */
    public record MessageView(String messageId, String smsId, String recipientRef, String template, int textLength,
                              String idempotencyKey, String status, Instant receivedAt) {
    }

    private final SimulatorSettings.Sms settings;
    private final Faults faults;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, MessageView> byKey = new ConcurrentHashMap<>();

    public SmsSimulator(SimulatorSettings.Sms settings, Faults faults, Clock clock) {
        this.settings = settings;
        this.faults = faults;
        this.clock = clock;
    }

    public RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .POST("/sms/messages", req -> Answers.withFaults(faults, TARGET, () -> send(req)))
                .GET("/sms/messages", req -> ServerResponse.ok().bodyValue(messages()))
                .build();
    }

    public List<MessageView> messages() {
        return byKey.values().stream().sorted(Comparator.comparing(MessageView::receivedAt)
                .thenComparing(MessageView::smsId)).toList();
    }

    public void reset() {
        byKey.clear();
    }

    private Mono<ServerResponse> send(ServerRequest req) {
        String key = req.headers().firstHeader(IDEMPOTENCY_KEY);
        if (key == null || key.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "MISSING_IDEMPOTENCY_KEY", "header Idempotency-Key is required");
        }
        return req.bodyToMono(SendBody.class)
                .flatMap(body -> {
                    String missing = blank(body.smsId()) ? "smsId" : blank(body.recipientRef()) ? "recipientRef"
                            : blank(body.template()) && blank(body.text()) ? "template" : null;
                    if (missing != null) {
                        return problem(HttpStatus.BAD_REQUEST, "MISSING_FIELD", missing + " is required");
                    }
                    boolean[] created = {false};
                    MessageView m = byKey.computeIfAbsent(key, k -> {
                        created[0] = true;
                        boolean refused = Draw.below(settings.failureRatio(), settings.seed(), body.smsId());
                        return new MessageView("SMS-%08d".formatted(sequence.incrementAndGet()), body.smsId(),
                                body.recipientRef(), body.template(), body.text() == null ? 0 : body.text().length(),
                                k, refused ? "REFUSED" : "ACCEPTED", clock.instant());
                    });
                    if (!m.smsId().equals(body.smsId())) {
                        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                                "this Idempotency-Key was used for another message");
                    }
                    if (m.status().equals("REFUSED")) {
                        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "UNDELIVERABLE",
                                "the number cannot receive messages");
                    }
                    Accepted accepted = new Accepted(m.messageId(), m.smsId(), m.status(), m.receivedAt());
                    return created[0] ? ServerResponse.status(HttpStatus.ACCEPTED).bodyValue(accepted)
                            : ServerResponse.ok().header(REPLAYED, "true").bodyValue(accepted);
                })
                .switchIfEmpty(Mono.defer(() -> problem(HttpStatus.BAD_REQUEST, "MISSING_BODY", "a body is required")));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
