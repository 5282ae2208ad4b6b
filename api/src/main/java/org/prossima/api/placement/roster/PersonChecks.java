package org.prossima.api.placement.roster;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.prossima.api.error.ApiExceptionHandler;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Checks a person's details without ever repeating them: a problem names the field and what is wrong, never the
 * value given (it may be a name, a fiscal code, a phone number), so no error body or log line carries it.
 */
@Component
public class PersonChecks {

    private final Validator validator;

    PersonChecks(Validator validator) {
        this.validator = validator;
    }

    /** The problems of a person's details, each without its value; empty when there are none. */
    public List<FieldProblem> problems(PersonRequest person) {
        return validator.validate(person).stream().map(PersonChecks::problem)
                .sorted(Comparator.comparing(FieldProblem::field)).toList();
    }

    /** 400 naming every field with a problem, without their values. */
    void check(PersonRequest person) {
        List<FieldProblem> problems = problems(person);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    private static FieldProblem problem(ConstraintViolation<PersonRequest> violation) {
        String field = violation.getPropertyPath().toString();
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return new FieldProblem(field, null, field + " " + violation.getMessage(),
                ApiExceptionHandler.hintFor(constraint, violation.getMessage()));
    }
}
