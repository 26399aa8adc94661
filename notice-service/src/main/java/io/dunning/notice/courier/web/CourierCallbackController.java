package io.dunning.notice.courier.web;

import io.dunning.notice.courier.DeliveryTracking;
import io.dunning.notice.courier.TrackingRefused;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * POST /courier/callbacks: the courier reports a letter DELIVERED (with proof) or RETURNED (with reason and
 * returned item). 202 = recorded, 200 = already recorded (a repeated callback changes nothing),
 * 400 problem+json naming the field, 404/409 = refused, 503 = try again.
 */
@RestController
class CourierCallbackController {

    private static final Logger log = LoggerFactory.getLogger(CourierCallbackController.class);
    private static final URI INVALID = URI.create("https://dunning.io/problems/invalid-courier-callback");
    private static final URI REFUSED = URI.create("https://dunning.io/problems/courier-callback-refused");

    private final Optional<DeliveryTracking> tracking;

    CourierCallbackController(Optional<DeliveryTracking> tracking) {
        this.tracking = tracking;
    }

    @PostMapping(path = "/courier/callbacks", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<?>> callback(@RequestBody CourierCallbackRequest body) {
        List<CourierCallbackRequest.Violation> violations = body.violations();
        if (!violations.isEmpty()) {
            log.warn("Courier callback for letter {} rejected: {} {}", body.letterNumber(),
                    violations.get(0).field(), violations.get(0).message());
            return Mono.just(invalid(violations));
        }
        if (tracking.isEmpty()) {
            return Mono.just(problem(HttpStatus.SERVICE_UNAVAILABLE, REFUSED, "delivery tracking is not ready", Map.of()));
        }
        DeliveryTracking t = tracking.get();
        Supplier<CompletionStage<DeliveryTracking.Outcome>> result = () -> body.delivered()
                ? t.delivered(body.letterNumber(), body.waybill(), body.proofOfDeliveryRef(), body.instant())
                : t.returned(body.letterNumber(), body.waybill(), body.returnReason(), body.returnedItemRef(),
                        body.instant());
        // Axon's command bus handles the command on the calling thread (aggregate load, JDBC): never on the event
        // loop, which also carries the courier hand-over's own HTTP calls
        return Mono.fromCompletionStage(result).subscribeOn(Schedulers.boundedElastic())
                .<ResponseEntity<?>>map(outcome -> {
                    log.info("Courier callback: letter {} (waybill {}) {}, {}", body.letterNumber(), body.waybill(),
                            body.status(), outcome);
                    HttpStatus status = outcome == DeliveryTracking.Outcome.RECORDED ? HttpStatus.ACCEPTED
                            : HttpStatus.OK;
                    return ResponseEntity.status(status).body(Map.of("letterNumber", body.letterNumber(),
                            "status", body.status(), "outcome", outcome.name()));
                })
                .onErrorResume(TrackingRefused.class, e -> {
                    log.warn("Courier callback refused: letter {} (waybill {}) {}: {}", body.letterNumber(),
                            body.waybill(), body.status(), e.reason());
                    HttpStatus status = e.reason() == TrackingRefused.Reason.UNKNOWN_LETTER ? HttpStatus.NOT_FOUND
                            : HttpStatus.CONFLICT;
                    return Mono.just(problem(status, REFUSED, e.getMessage(), Map.of("code", e.reason().name())));
                })
                .onErrorResume(e -> {
                    log.warn("Courier callback for letter {} not recorded, courier asked to retry: {}",
                            body.letterNumber(), e.toString());
                    return Mono.just(problem(HttpStatus.SERVICE_UNAVAILABLE, REFUSED, "try again later", Map.of()));
                });
    }

    @ExceptionHandler(ServerWebInputException.class)
    ResponseEntity<ProblemDetail> unreadable(ServerWebInputException e) {
        return problem(HttpStatus.BAD_REQUEST, INVALID, "the body must be a JSON courier callback",
                Map.of("field", "body", "errors", List.of(Map.of("field", "body", "message", "unreadable JSON"))));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<CourierCallbackRequest.Violation> violations) {
        CourierCallbackRequest.Violation first = violations.get(0);
        return problem(HttpStatus.BAD_REQUEST, INVALID, first.field() + " " + first.message(),
                Map.of("field", first.field(), "errors", violations));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String detail,
                                                         Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid courier callback" : status.getReasonPhrase());
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
