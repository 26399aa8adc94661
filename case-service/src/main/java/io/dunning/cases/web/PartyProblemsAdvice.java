package io.dunning.cases.web;

import io.dunning.cases.party.PartyAccessException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * problem+json for the party endpoints (beside {@link ProblemDetailsAdvice}): unknown party 404, a role that may not
 * 403, an erased party 410 Gone. Details name the party, never its data.
 */
@RestControllerAdvice
class PartyProblemsAdvice {

    @ExceptionHandler(PartyAccessException.class)
    ProblemDetail partyAccess(PartyAccessException e) {
        HttpStatus status = switch (e.kind()) {
            case UNKNOWN_PARTY -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case ERASED -> HttpStatus.GONE;
            case NOT_ON_CASE -> HttpStatus.BAD_REQUEST;
        };
        String type = switch (e.kind()) {
            case UNKNOWN_PARTY -> "party-not-found";
            case FORBIDDEN -> "forbidden";
            case ERASED -> "party-erased";
            case NOT_ON_CASE -> "invalid-request";
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setType(URI.create("/problems/" + type));
        if (e.kind() == PartyAccessException.Kind.NOT_ON_CASE) {
            problem.setProperty("field", "caseId");
        }
        return problem;
    }
}
