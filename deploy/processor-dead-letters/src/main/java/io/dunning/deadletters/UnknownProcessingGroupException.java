package io.dunning.deadletters;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No parking processor of that name: answered as problem+json 404 naming the field {@code group}. */
class UnknownProcessingGroupException extends ErrorResponseException {

    UnknownProcessingGroupException(String group, List<String> known) {
        super(HttpStatus.NOT_FOUND, problem(group, known), null);
    }

    private static ProblemDetail problem(String group, List<String> known) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "no processing group '" + group + "' parks events; known: " + known);
        problem.setTitle("unknown-processing-group");
        problem.setProperty("field", "group");
        return problem;
    }
}
