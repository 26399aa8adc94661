package io.dunning.notice.web;

import io.dunning.notice.letter.LetterRuleViolation;
import io.dunning.notice.mailing.MailingDayNotOver;
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

/** Every error as application/problem+json with a stable {@code type}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(LetterNotFoundException.class)
    ProblemDetail letterNotFound(LetterNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "letter-not-found", e.getMessage());
    }

    @ExceptionHandler(MailingListNotFoundException.class)
    ProblemDetail mailingListNotFound(MailingListNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "mailing-list-not-found", e.getMessage());
    }

    @ExceptionHandler(MailingDayNotOver.class)
    ProblemDetail mailingDayNotOver(MailingDayNotOver e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "mailing-day-not-over", e.getMessage());
        problem.setProperty("field", "date");
        return problem;
    }

    @ExceptionHandler(LetterRuleViolation.class)
    ProblemDetail letterRuleViolation(LetterRuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "letter-rule-violation", e.getMessage());
        problem.setProperty("code", e.code().name());
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
