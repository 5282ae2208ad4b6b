package org.prossima.api.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.prossima.data.security.AccessScope;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a request the database scope of its caller, for the row-level security behind every query: a coordinator
 * sees their consortium, a dispatcher, driver or host administrator their organisation, the steering board and
 * administrators everything (the board's endpoints return aggregates only), the public nothing of anyone's.
 */
final class ScopeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccessScope scope = Callers.current().map(ScopeFilter::of).orElse(AccessScope.nothing());
        try {
            scope.run(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Rethrown(e);
                }
            });
        } catch (Rethrown e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    static AccessScope of(Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR -> AccessScope.consortium(caller.consortium());
            case HOST_ADMIN, FOOD_DISPATCHER, DRIVER -> caller.organisation() == null ? AccessScope.nothing()
                    : AccessScope.organisation(caller.organisation());
            case BOARD -> AccessScope.everything("the steering board's aggregates");
            case ADMIN -> AccessScope.everything("an administrator");
        };
    }

    private static final class Rethrown extends RuntimeException {
        Rethrown(Exception cause) {
            super(cause);
        }
    }
}
