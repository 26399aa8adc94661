package io.dunning.cases.web;

import io.dunning.cases.collection.CaseRuleViolation;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * RFC 9457 problem+json for every error (replaces Boot's default handler of
 * {@code spring.webflux.problemdetails.enabled}): Spring's own errors (404 route, 405, 415, missing parameter)
 * through {@link ResponseEntityExceptionHandler}, ours below. Bad input is 400 naming the {@code field}; a
 * {@link CaseRuleViolation} is 409 (conflict with the case's state) or 422 (invalid request) with its
 * {@code code} and {@code ruleId}.
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
        problem.setProperty("ruleId", e.ruleId());
        return problem;
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
