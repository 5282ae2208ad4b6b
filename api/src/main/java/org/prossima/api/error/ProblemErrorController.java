package org.prossima.api.error;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code /error}): an error that never reached a controller (a request the firewall refused, an
 * exception in a filter, a {@code sendError}) answered problem+json like every other, with fixed words for its
 * status and nothing of the exception (Spring Boot's own page named it, and the path). Open to the public; called
 * directly it says there is nothing there. A filter's exception from an unreachable database is a 503, as in
 * {@link ApiExceptionHandler}.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer given && given >= 400 ? given : 404;
        StatusProblem problem = StatusProblem.of(status);
        if (exception instanceof Throwable failure && DatabaseUnavailable.causes(failure)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(ApiExceptionHandler.DATABASE_RETRY_SECONDS));
            problem = new StatusProblem(503, "database-unavailable", "Database unavailable", "The database is not "
                    + "answering just now; the request was not completed.", "try again in "
                            + ApiExceptionHandler.DATABASE_RETRY_SECONDS + " seconds");
        }
        response.resetBuffer();
        ProblemWriter.write(response, uri == null ? null : uri.toString(), problem.status(), problem.type(),
                problem.title(), problem.detail(), problem.hint());
    }
}
