package org.prossima.api.security;

import java.util.Objects;

import org.prossima.data.security.Role;

/**
 * Who is asking: resolved once per request from the sign-in (a password, an API token or an identity provider's
 * token) and handed to whatever decides what they may see.
 *
 * @param id           the user's id (embedded users) or the identity provider's subject
 * @param username     the name the user signs in with; appears in the audit, never a person we serve
 * @param role         what the user may do
 * @param consortium   a coordinator's consortium code; null for the other roles
 * @param organisation the association, company or cooperative of a dispatcher, driver or host administrator
 */
public record Caller(String id, String username, Role role, String consortium, String organisation) {

    public Caller {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.COORDINATOR && consortium == null) {
            throw new IllegalArgumentException("a coordinator (" + username + ") belongs to a consortium: give the "
                    + "consortium code");
        }
    }

    public boolean is(Role r) {
        return role == r;
    }
}
