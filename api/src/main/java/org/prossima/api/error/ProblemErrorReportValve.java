package org.prossima.api.error;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own rejections (a request line or headers past the size limit, an encoded slash, characters not allowed
 * in an address, malformed %-encoding, invalid UTF-8 in the path) never reach the application or its error page:
 * Tomcat's error report answers them, by default with an HTML page. This report writes the same problem+json as
 * every other error instead, with fixed words for the status ({@link StatusProblem}) and no {@code instance}: the
 * request that could not be read is not repeated.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        StatusProblem problem = StatusProblem.of(status);
        try {
            response.resetBuffer();
            ProblemWriter.write(response, null, problem.status(), problem.type(), problem.title(), problem.detail(),
                    problem.hint());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was already begun: nothing more to say
        }
    }
}
