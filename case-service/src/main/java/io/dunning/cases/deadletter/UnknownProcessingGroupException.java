package io.dunning.cases.deadletter;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No parking processor of that name: answered as problem+json 404 naming the field {@code group}. */
class UnknownProcessingGroupException extends ErrorResponseException {

    UnknownProcessingGroupException(String group) {
        super(HttpStatus.NOT_FOUND, problem(group), null);
    }

    private static ProblemDetail problem(String group) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no processing group '" + group + "' parks events; known: " + DeadLetters.groups());
        problem.setTitle("unknown-processing-group");
        problem.setProperty("field", "group");
        return problem;
    }
}
