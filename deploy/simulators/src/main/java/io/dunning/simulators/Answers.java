package io.dunning.simulators;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/** Problem answers and injected faults, shared by the simulators. */
public final class Answers {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private Answers() {
    }

    public static Mono<ServerResponse> problem(HttpStatus status, String code, String detail) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(Map.of("title", status.getReasonPhrase(), "status", status.value(),
                        "code", code, "detail", detail));
    }

    /** Runs {@code work} unless a fault is armed for {@code target}; then fails, delays, or loses the answer. */
    public static Mono<ServerResponse> withFaults(Faults faults, String target, Supplier<Mono<ServerResponse>> work) {
        return Mono.defer(() -> faults.next(target)
                .map(fault -> {
                    Mono<ServerResponse> answer;
                    if (fault.status() == 0) {
                        answer = Mono.defer(work);
                    } else {
                        Mono<ServerResponse> failure = problem(HttpStatus.valueOf(fault.status()), "INJECTED_FAULT",
                                "fault injected by the simulator");
                        answer = fault.afterWork() ? Mono.defer(work).then(failure) : failure;
                    }
                    return Mono.delay(fault.delay()).then(answer);
                })
                .orElseGet(work));
    }
}
