package org.prossima.data.security;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only audit of personal data (V13): lines are added, never changed. */
@Repository
public class PersonAudit {

    private final JdbcClient jdbc;

    public PersonAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String actor, String actorRole, AuditAction action, String subject, String consortiumCode,
            String detail, String remoteAddr) {
        jdbc.sql("""
                insert into person_audit (actor, actor_role, action, subject, consortium_code, detail, remote_addr)
                values (:actor, :role, :action, :subject, :consortium, :detail, :remote)
                """).param("actor", actor).param("role", actorRole).param("action", action.name())
                .param("subject", subject).param("consortium", consortiumCode).param("detail", detail)
                .param("remote", remoteAddr).update();
    }

    /**
     * Lines newest first, optionally only those about one person (by pseudonym) and from a time on.
     *
     * @param subject a pseudonym, or null for every person
     * @param from    the earliest time, or null for all
     */
    public List<AuditEntry> page(String subject, OffsetDateTime from, long offset, int limit) {
        return jdbc.sql("""
                select id, at, actor, actor_role, action, subject, consortium_code, detail, remote_addr
                from person_audit
                where (cast(:subject as text) is null or subject = :subject)
                  and (cast(:from as timestamptz) is null or at >= :from)
                order by at desc, id desc offset :offset limit :limit
                """).param("subject", subject).param("from", from).param("offset", offset).param("limit", limit)
                .query(AuditEntry.class).list();
    }

    public long count(String subject, OffsetDateTime from) {
        return jdbc.sql("""
                select count(*) from person_audit
                where (cast(:subject as text) is null or subject = :subject)
                  and (cast(:from as timestamptz) is null or at >= :from)
                """).param("subject", subject).param("from", from).query(Long.class).single();
    }
}
