package org.prossima.api.error;

import java.util.List;

/** A request that breaks the API's rules; answered with 400 and every problem found. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public InvalidRequestException(String field, Object value, String message, String hint) {
        this(List.of(new FieldProblem(field, value, message, hint)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
