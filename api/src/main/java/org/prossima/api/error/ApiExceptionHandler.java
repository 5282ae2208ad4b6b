package org.prossima.api.error;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error into {@code application/problem+json}: for a bad request the body names
 * the field, the value and a hint ({@code field}, {@code value}, {@code hint} for the first
 * problem, {@code errors} for all of them). Internal details never reach the client.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final URI BAD_REQUEST = URI.create("https://prossima.org/problems/invalid-request");
    private static final URI INVALID_CSV = URI.create("https://prossima.org/problems/invalid-csv");

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalidRequest(InvalidRequestException e) {
        return badRequest(e.problems());
    }

    /** Every problem of an imported file, each with its row and column; the first also at the top level. */
    @ExceptionHandler(InvalidCsvException.class)
    ResponseEntity<Object> invalidCsv(InvalidCsvException e) {
        List<RowProblem> problems = e.problems();
        RowProblem first = problems.isEmpty()
                ? new RowProblem(1, null, null, "invalid CSV", "check the file") : problems.getFirst();
        long rows = problems.stream().mapToInt(RowProblem::row).distinct().count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + " in " + rows + (rows == 1 ? " row" : " rows")
                + "; nothing was imported. First: row " + first.row()
                + (first.column() == null ? "" : ", column " + first.column()) + ": " + first.message());
        problem.setType(INVALID_CSV);
        problem.setTitle("Invalid CSV");
        problem.setProperty("row", first.row());
        problem.setProperty("field", first.column());
        problem.setProperty("value", first.value());
        problem.setProperty("hint", first.hint());
        problem.setProperty("errors", problems);
        return problemResponse(problem);
    }

    /** A full queue: 429 with how long to wait. */
    @ExceptionHandler(TooManyPlansException.class)
    ResponseEntity<Object> tooManyPlans(TooManyPlansException e) {
        ResponseEntity<Object> response = apiProblem(e);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(response.getBody());
    }

    @ExceptionHandler(ApiProblemException.class)
    ResponseEntity<Object> apiProblem(ApiProblemException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setType(e.type());
        problem.setTitle(e.title());
        problem.setProperty("hint", e.hint());
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problemResponse(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return badRequest(List.of(new FieldProblem(e.getName(), e.getValue(),
                "'" + e.getName() + "' must be of type " + expected, "check the value of '" + e.getName() + "'")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseAway.causedBy(e)) {
            return databaseAway();
        }
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not complete the request. Nothing was changed by it.");
        problem.setTitle("Internal error");
        return problemResponse(problem);
    }

    /** The database could not be reached in time: 503 at once, with when to try again, never a 500 or a hang. */
    private ResponseEntity<Object> databaseAway() {
        log.warn("A request could not reach the database: answered 503");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database just now. Nothing was changed by the request.");
        problem.setType(URI.create("https://prossima.org/problems/database-unavailable"));
        problem.setTitle("Database unavailable");
        problem.setProperty("hint", "try again in a few seconds (Retry-After)");
        ResponseEntity<Object> response = problemResponse(problem);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, "5").body(response.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            problems.add(new FieldProblem(error.getField(), error.getRejectedValue(),
                    error.getField() + " " + error.getDefaultMessage(), hintFor(error)));
        }
        e.getBindingResult().getGlobalErrors().forEach(error -> problems.add(new FieldProblem(
                error.getObjectName(), null, error.getDefaultMessage(), "check the request body")));
        return badRequest(problems);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return bodyTooLarge(tooLarge);
            }
        }
        return badRequest(List.of(unreadable(outermostJsonError(e))));
    }

    /** A body that outgrew the limit while it was read (one that declared its length was refused before). */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The body is larger than the " + e.limitBytes() + " bytes this service accepts here.");
        problem.setType(URI.create("https://prossima.org/problems/body-too-large"));
        problem.setTitle("Request body too large");
        problem.setProperty("hint", "send smaller requests, or split a file into parts");
        return problemResponse(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, statusCode);
    }

    /** The Jackson error that carries the JSON path, wrapping e.g. a date-time parse error. */
    private static Throwable outermostJsonError(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return e.getMostSpecificCause();
    }

    private static FieldProblem unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(path(unknown), unknown.getPropertyName(),
                    "unknown field '" + unknown.getPropertyName() + "'",
                    "remove it; the fields known here are " + unknown.getKnownPropertyIds());
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldProblem(path(format), format.getValue(),
                    "cannot read " + format.getValue() + " as " + format.getTargetType().getSimpleName(),
                    hintForType(format.getTargetType()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            return new FieldProblem(path(mismatch), null, mismatch.getOriginalMessage(),
                    target == null ? "check the JSON structure" : hintForType(target));
        }
        if (cause instanceof StreamReadException syntax) {
            String where = syntax.getLocation() == null ? "" : " at line " + syntax.getLocation().getLineNr()
                    + ", column " + syntax.getLocation().getColumnNr();
            return new FieldProblem(path(syntax), null, "malformed JSON" + where, "send a valid JSON document");
        }
        if (cause instanceof JacksonException json) {
            return new FieldProblem(path(json), null, json.getOriginalMessage(), "check the JSON document");
        }
        return new FieldProblem("(body)", null, "the request body is missing or unreadable",
                "send a JSON document with Content-Type: application/json");
    }

    /** A JSON path such as {@code pickups[3].kg}, or {@code (body)} for the document itself. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String hintForType(Class<?> type) {
        if (type.isEnum()) {
            return "use one of " + Arrays.toString(type.getEnumConstants());
        }
        String name = type.getSimpleName();
        return switch (name) {
            case "LocalDateTime" -> "use an ISO-8601 local date-time in Europe/Rome, e.g. 2026-11-25T08:30:00";
            case "LocalDate" -> "use an ISO-8601 date, e.g. 2026-12-31";
            case "BigDecimal" -> "use a number with a dot for decimals, e.g. 9360.50";
            case "Integer", "int", "Long", "long" -> "use a whole number, e.g. 40";
            case "Double", "double" -> "use a number, e.g. 45.4669";
            default -> "use a value of type " + name;
        };
    }

    private static String hintFor(FieldError error) {
        return hintFor(error.getCode(), error.getDefaultMessage());
    }

    /** A hint for a failed Bean Validation constraint, by its annotation's name and default message. */
    public static String hintFor(String constraint, String defaultMessage) {
        String code = constraint == null ? "" : constraint;
        return switch (code) {
            case "NotNull", "NotBlank", "NotEmpty" -> "this field is required";
            case "Positive" -> "use a number greater than 0";
            case "PositiveOrZero" -> "use 0 or a greater number";
            case "Size" -> "the value's size is outside the allowed range: " + defaultMessage;
            case "Pattern" -> "the value does not have the expected form";
            case "Min", "Max", "DecimalMin", "DecimalMax" -> "use a value in the allowed range: it " + defaultMessage;
            case "Email" -> "use an e-mail address such as nome@example.org";
            default -> "check this field";
        };
    }

    private static ResponseEntity<Object> badRequest(List<FieldProblem> problems) {
        FieldProblem first = problems.isEmpty()
                ? new FieldProblem("(body)", null, "invalid request", "check the request")
                : problems.getFirst();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, first.message());
        problem.setType(BAD_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("field", first.field());
        problem.setProperty("value", first.value());
        problem.setProperty("hint", first.hint());
        problem.setProperty("errors", problems);
        return problemResponse(problem);
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
