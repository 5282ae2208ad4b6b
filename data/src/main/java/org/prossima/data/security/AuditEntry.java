package org.prossima.data.security;

import java.time.OffsetDateTime;

/**
 * One line of the personal-data audit.
 *
 * @param subject the person as a pseudonym (a keyed hash of the candidate id), never the id or a name
 * @param detail  what was touched, e.g. the opportunity of a decision; never personal data
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String actorRole, AuditAction action,
        String subject, String consortiumCode, String detail, String remoteAddr) {
}
