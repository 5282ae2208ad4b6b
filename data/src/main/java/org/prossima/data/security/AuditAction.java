package org.prossima.data.security;

/** What an audit line records. */
public enum AuditAction {
    READ_PERSON,
    WRITE_PERSON,
    ERASE_PERSON,
    ERASE_CANDIDATE,
    ACCEPT_MATCH,
    REJECT_MATCH
}
