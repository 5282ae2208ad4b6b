package org.prossima.data.security;

import java.util.Objects;

/**
 * A user to be created or the new state of one.
 *
 * @param passwordHash the hash of the password (an encoder's output, e.g. {@code {bcrypt}...}), or null for a user
 *                     who signs in only with API tokens
 */
public record NewUser(String username, String displayName, Role role, String consortiumCode, String organisation,
        String passwordHash) {

    public NewUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
