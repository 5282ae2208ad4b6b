package org.prossima.api.error;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://prossima.org/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        body.put("hint", hint);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
