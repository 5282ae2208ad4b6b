package org.prossima.data.security;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as listed (never the token itself, which is shown once when made). */
public record ApiToken(UUID id, UUID userId, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt) {
}
