package org.prossima.data.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A user of the service as stored (never with a password: only its hash, and only for signing in).
 *
 * @param consortiumCode the coordinator's consortium; null for every other role
 * @param organisation   the association, company or cooperative a dispatcher, driver or host administrator works
 *                       for; null when none
 * @param lockedUntil    set after repeated failed sign-ins; the user cannot sign in before then
 */
public record AppUser(UUID id, String username, String displayName, Role role, String consortiumCode,
        String organisation, boolean enabled, int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt) {
}
