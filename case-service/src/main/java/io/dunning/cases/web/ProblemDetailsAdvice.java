package io.dunning.cases.web;

import io.dunning.cases.collection.CaseRuleViolation;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * RFC 9457 problem+json for every error (replaces Boot's default handler of
 * {@code spring.webflux.problemdetails.enabled}): Spring's own errors (404 route, 405, 415, missing parameter)
 * through {@link ResponseEntityExceptionHandler}, ours below. Bad input is 400 naming the {@code field}; a
 * {@link CaseRuleViolation} is 409 (conflict with the case's state) or 422 (invalid request) with its
 * {@code code} and {@code rule} (also as {@code ruleId}, the first name of it); a stale {@code If-Match} is 412.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(CaseNotFoundException.class)
    ProblemDetail caseNotFound(CaseNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", e.getMessage());
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ProblemDetail caseRuleViolation(CaseRuleViolation e) {
        HttpStatus status = e.kind() == CaseRuleViolation.Kind.CONFLICT
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY;
        ProblemDetail problem = problem(status, "case-rule-violation", e.getMessage());
        problem.setProperty("code", e.code().name());
        problem.setProperty("rule", e.ruleId());
        problem.setProperty("ruleId", e.ruleId());
        return problem;
    }

    /** Axon knows no aggregate with that id. */
    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "no case " + e.getAggregateIdentifier());
    }

    /** If-Match named a version the case has moved past (or not reached): re-read the case and retry. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "If-Match names version " + e.getExpectedVersion() + " but the case is at version "
                        + e.getActualVersion() + ": read the case again (GET /cases/{caseId}) and retry");
        problem.setProperty("field", "If-Match");
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        problem.setProperty("actualVersion", e.getActualVersion());
        return problem;
    }

    /** Bean validation of a request body: 400 naming the first field, all of them under {@code errors}. */
    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<Map<String, String>> errors = ex.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ex.getBody().setType(URI.create("/problems/invalid-request"));
        ex.getBody().setDetail(errors.isEmpty() ? "invalid request"
                : errors.get(0).get("field") + " " + errors.get(0).get("message"));
        ex.getBody().setProperty("field", errors.isEmpty() ? "body" : errors.get(0).get("field"));
        ex.getBody().setProperty("errors", errors);
        return super.handleWebExchangeBindException(ex, headers, status, exchange);
    }

    /** Unreadable input (bad JSON, wrong type, unknown enum constant, missing body): 400 naming the field. */
    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ex.getBody().setType(URI.create("/problems/invalid-request"));
        ex.getBody().setProperty("field", fieldOf(ex));
        JsonMappingException mapping = cause(ex, JsonMappingException.class);
        if (mapping != null) {
            ex.getBody().setDetail("unreadable value for " + fieldOf(ex) + ": " + mapping.getOriginalMessage());
        }
        return super.handleServerWebInputException(ex, headers, status, exchange);
    }

    private static String fieldOf(ServerWebInputException ex) {
        JsonMappingException mapping = cause(ex, JsonMappingException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        MethodParameter parameter = ex.getMethodParameter();
        if (parameter == null || parameter.hasParameterAnnotation(RequestBody.class)) {
            return "body";
        }
        return parameter.getParameterName() != null ? parameter.getParameterName() : "request";
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleMissingRequestValueException(MissingRequestValueException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ex.getBody().setProperty("field", ex.getName());
        return super.handleMissingRequestValueException(ex, headers, status, exchange);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        return problem;
    }
}
