package org.prossima.api.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prossima.api.error.DatabaseAway;
import org.prossima.api.error.ProblemWriter;
import org.prossima.data.security.ApiTokenRepository;
import org.prossima.data.security.AppUser;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a script that sends a personal API token ({@code Authorization: Bearer prs_...}). An unknown, expired or
 * revoked token is a 401 at once; no session is made.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenRepository tokens;
    private final ProblemEntryPoint entryPoint;

    ApiTokenFilter(ApiTokenRepository tokens, ProblemEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(PREFIX.length()).strip();
        Optional<AppUser> user;
        try {
            user = ApiTokens.looksLikeToken(token) ? tokens.userOf(ApiTokens.sha256(token)) : Optional.empty();
        } catch (RuntimeException e) {
            if (!DatabaseAway.causedBy(e)) {
                throw e;
            }
            // Whose token it is cannot be known now: say so at once rather than 401 (the token is not wrong).
            response.setHeader("Retry-After", "5");
            ProblemWriter.write(request, response, 503, "database-unavailable", "Database unavailable",
                    "The service cannot reach its database just now, so it cannot check who you are.",
                    "try again in a few seconds (Retry-After)");
            return;
        }
        if (user.isEmpty()) {
            entryPoint.commence(request, response, new BadCredentialsException("unknown API token"));
            return;
        }
        SecurityContextHolder.setContext(new SecurityContextImpl(new CallerAuthentication(Callers.of(user.get()))));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
