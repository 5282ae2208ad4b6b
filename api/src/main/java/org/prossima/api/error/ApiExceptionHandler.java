package org.prossima.api.error;

import java.net.URI;
import java.util.ArrayList;
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
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

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
    /** How long a caller is told to wait when the database is away: the pool gives up on a connection in 2 s. */
    static final int DATABASE_RETRY_SECONDS = 5;

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
        problem.setProperty("hint", Echoed.message(e.hint()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problemResponse(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        return badRequest(List.of(new FieldProblem(e.getName(), e.getValue(),
                "'" + e.getName() + "' is " + (type == null ? "not of the expected form" : JsonProblems.expected(type)),
                type == null ? "check the value of '" + e.getName() + "'" : JsonProblems.hintFor(type))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseUnavailable.causes(e)) {
            return databaseUnavailable(e);
        }
        log.error("Unexpected error", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The service could not complete the request. Nothing was changed by it.");
        problem.setTitle("Internal error");
        return problemResponse(problem);
    }

    /**
     * The database could not be reached in time (no connection within the pool's wait, a statement past its timeout,
     * the server restarting): 503 with {@code Retry-After}, since the same request will work once it is back. The
     * log says which, in one line (no SQL, no values).
     */
    private static ResponseEntity<Object> databaseUnavailable(Exception e) {
        log.warn("Database unavailable for a request: {}", DatabaseUnavailable.summary(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is not answering just now; the request was not completed and nothing was changed by it.");
        problem.setType(URI.create("https://prossima.org/problems/database-unavailable"));
        problem.setTitle("Database unavailable");
        problem.setProperty("hint", "try again in " + DATABASE_RETRY_SECONDS + " seconds; if it lasts, tell the "
                + "service's operator (readiness at /actuator/health/readiness is DOWN meanwhile)");
        ResponseEntity<Object> response = problemResponse(problem);
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DATABASE_RETRY_SECONDS)).body(response.getBody());
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
        return badRequest(List.of(JsonProblems.of(outermostJsonError(e))));
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
        if (body instanceof ProblemDetail problem) {
            bound(problem);
        }
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

    /**
     * Spring's own answers (a missing parameter, an unsupported method or media type, no such resource) quote the
     * request in {@code detail} and {@code instance}: both are bounded, like every value we repeat.
     */
    private static void bound(ProblemDetail problem) {
        problem.setDetail(Echoed.message(problem.getDetail()));
        if (problem.getInstance() == null
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            // set here, bounded, rather than left to the writer, which would put in the whole path
            problem.setInstance(URI.create(current.getRequest().getRequestURI()));
        }
        if (problem.getInstance() != null) {
            String instance = problem.getInstance().toString();
            String shown = Echoed.text(instance);
            if (!shown.equals(instance)) {
                problem.setInstance(URI.create(shown.substring(0, shown.length() - 1) + "..."));
            }
        }
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        bound(problem);
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
