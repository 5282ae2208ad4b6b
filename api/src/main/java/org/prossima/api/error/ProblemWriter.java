package org.prossima.api.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer from a servlet filter, where the MVC exception handler does not reach (sign-in,
 * access, body limits, rate limits): the same shape ({@code type}, {@code title}, {@code status}, {@code detail},
 * {@code hint}, {@code instance}) as {@link ApiExceptionHandler}'s.
 */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type,
            String title, String detail, String hint) throws IOException {
        write(response, request.getRequestURI(), status, type, title, detail, hint);
    }

    /** A 400 of type {@code invalid-request} naming the field or parameter, as {@link ApiExceptionHandler} writes it. */
    public static void writeInvalid(HttpServletRequest request, HttpServletResponse response, FieldProblem problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://prossima.org/problems/invalid-request");
        body.put("title", "Invalid request");
        body.put("status", 400);
        body.put("detail", problem.message());
        body.put("instance", Echoed.text(request.getRequestURI()));
        body.put("field", problem.field());
        body.put("value", problem.value());
        body.put("hint", problem.hint());
        body.put("errors", List.of(problem));
        send(response, 400, body);
    }

    /** The same, for a request known only by its path (an error page, the server's own rejections). */
    public static void write(HttpServletResponse response, String instance, int status, String type,
            String title, String detail, String hint) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://prossima.org/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", Echoed.message(detail));
        if (instance != null) {
            body.put("instance", Echoed.text(instance));
        }
        body.put("hint", Echoed.message(hint));
        send(response, status, body);
    }

    private static void send(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
