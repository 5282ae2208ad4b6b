package org.prossima.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.error.DatabaseUnavailable;
import org.prossima.api.error.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem+json. A 401 says how to sign in ({@code WWW-Authenticate}); a browser page asking for a
 * screen is sent to the sign-in page instead. A 403 says the role may not make this request; another consortium's
 * or organisation's resource never gets here (it answers 404, so its existence does not leak).
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;

    /** @param challenge the {@code WWW-Authenticate} value, e.g. {@code Basic realm="Prossima", Bearer} */
    ProblemEntryPoint(String challenge) {
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseUnavailable.causes(e)) {
            // the user could not be looked up, which says nothing about their password: not a 401
            response.setHeader("Retry-After", "5");
            ProblemWriter.write(request, response, 503, "database-unavailable", "Database unavailable",
                    "The database is not answering just now, so the sign-in could not be checked.",
                    "try again in 5 seconds");
            return;
        }
        response.setHeader("WWW-Authenticate", challenge);
        if (e instanceof LockedException) {
            ProblemWriter.write(request, response, 401, "locked", "Signed out: too many failed sign-ins",
                    "This user is locked out for a while after repeated failed sign-ins.",
                    "wait and try again, or ask an administrator");
            return;
        }
        ProblemWriter.write(request, response, 401, "unauthenticated", "Sign-in required",
                "This request needs a signed-in user.",
                "sign in: HTTP Basic (curl -u user:password), a personal API token (Authorization: Bearer prs_...) "
                        + "or your identity provider's token");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemWriter.write(request, response, 403, "forbidden", "Not allowed for this role",
                "Your role may not make this request.",
                "the roles allowed for each endpoint are in the README's access matrix and the API description "
                        + "(/v3/api-docs)");
    }
}
