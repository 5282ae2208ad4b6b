package org.prossima.api.security;

import java.util.Optional;

import org.prossima.data.security.AppUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, however they signed in. */
public final class Callers {

    private Callers() {
    }

    /** The signed-in caller; empty for the public (no sign-in). */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case Caller caller -> Optional.of(caller);
            case SignedInUser user -> Optional.of(user.caller());
            case null, default -> Optional.empty();
        };
    }

    /** The signed-in caller of a request that the access matrix admits only signed in. */
    public static Caller required() {
        return current().orElseThrow(() -> new IllegalStateException(
                "no signed-in caller: the access matrix must not let this request through anonymously"));
    }

    static Caller of(AppUser user) {
        return new Caller(user.id().toString(), user.username(), user.role(), user.consortiumCode(),
                user.organisation());
    }
}
