package org.prossima.data.placement;

import java.util.Objects;

import org.prossima.data.security.AccessScope;

/**
 * Who reads or changes a person's details or decides on a match, as the audit records them, and the scope their
 * request may see.
 *
 * @param username   the signed-in user's name (staff, never a person we serve); {@code prossima} for the service
 * @param role       their role, e.g. {@code COORDINATOR}; {@code SERVICE} for the service's own work
 * @param remoteAddr where the request came from; null for the service's own work
 */
public record Actor(String username, String role, String remoteAddr, AccessScope scope) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scope, "scope");
    }

    /** The service itself (e.g. loading the demo roster), saying why. */
    public static Actor service(String why) {
        return new Actor("prossima", "SERVICE", null, AccessScope.everything(why));
    }
}
