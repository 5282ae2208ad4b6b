package org.prossima.data.placement;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.security.AuditAction;
import org.prossima.data.security.PersonAudit;
import org.prossima.data.security.PersonKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door to candidates' personal details: kept in their own table, encrypted ({@link PersonCipher}), read and
 * changed only for an {@link Actor} whose scope sees the candidate, and every read and change written to the audit
 * ({@link PersonAudit}: the actor, the action, the candidate's pseudonym, their consortium, where from) in the same
 * transaction. Nothing here is ever logged, and no other repository reads this table.
 */
@Repository
public class PersonRepository {

    /** A candidate the scope sees, and their sealed details if any are recorded. */
    private record Stored(String consortium, byte[] details, OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;
    private final PersonCipher cipher;
    private final PersonAudit audit;
    private final PersonKeys keys;

    public PersonRepository(JdbcClient jdbc, PersonCipher cipher, PersonAudit audit, PersonKeys keys) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.audit = audit;
        this.keys = keys;
    }

    /** The candidate's details, when the actor's scope sees the candidate and details are recorded; audited. */
    @Transactional
    public Optional<PersonDetails> read(Actor actor, UUID candidateId) {
        Optional<Stored> stored = stored(actor, candidateId).filter(s -> s.details() != null);
        stored.ifPresent(s -> audited(actor, AuditAction.READ_PERSON, candidateId, s.consortium(), null));
        return stored.map(s -> cipher.open(candidateId, s.details(), s.updatedAt()));
    }

    /**
     * Writes a candidate's details, replacing any stored before; audited with {@code detail} (e.g. the row of an
     * import; never personal data). The details as stored, or empty when the actor's scope sees no such candidate.
     */
    @Transactional
    public Optional<PersonDetails> write(Actor actor, UUID candidateId, PersonDetails person, String detail) {
        Optional<Stored> candidate = stored(actor, candidateId);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime updatedAt = jdbc.sql("""
                insert into placement_candidate_person (candidate_id, details) values (:id, :details)
                on conflict (candidate_id) do update set details = excluded.details, updated_at = now()
                returning updated_at
                """).param("id", candidateId).param("details", cipher.seal(candidateId, person))
                .query(OffsetDateTime.class).single();
        audited(actor, AuditAction.WRITE_PERSON, candidateId, candidate.get().consortium(), detail);
        return Optional.of(new PersonDetails(person.fullName(), person.fiscalCode(), person.phone(), person.email(),
                person.notes(), updatedAt));
    }

    /** Erases a candidate's details (the planning data stays); audited. False when none were stored. */
    @Transactional
    public boolean erase(Actor actor, UUID candidateId) {
        Optional<Stored> stored = stored(actor, candidateId).filter(s -> s.details() != null);
        if (stored.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from placement_candidate_person where candidate_id = :id").param("id", candidateId).update();
        audited(actor, AuditAction.ERASE_PERSON, candidateId, stored.get().consortium(), null);
        return true;
    }

    /** Candidates whose details were sealed with another key than the current one, at most {@code limit}. */
    List<UUID> sealedWithOlderKeys(int limit) {
        return jdbc.sql("""
                select candidate_id from placement_candidate_person
                where substring(details from 1 for 5) <> :prefix order by candidate_id limit :limit
                """).param("prefix", cipher.currentKeyPrefix()).param("limit", limit).query(UUID.class).list();
    }

    /** Opens a candidate's details and seals them again with the current key (a key rotation); not audited. */
    void reseal(UUID candidateId) {
        jdbc.sql("select details, updated_at from placement_candidate_person where candidate_id = :id for update")
                .param("id", candidateId)
                .query((rs, n) -> cipher.open(candidateId, rs.getBytes("details"),
                        rs.getObject("updated_at", OffsetDateTime.class)))
                .optional().ifPresent(details -> jdbc.sql("""
                        update placement_candidate_person set details = :details where candidate_id = :id
                        """).param("id", candidateId).param("details", cipher.seal(candidateId, details)).update());
    }

    private Optional<Stored> stored(Actor actor, UUID candidateId) {
        return ScopeSql.bind(jdbc.sql("""
                select c.consortium_code, p.details, p.updated_at
                from placement_candidate c left join placement_candidate_person p on p.candidate_id = c.id
                where c.id = :id and """ + ScopeSql.consortium("c.consortium_code")).param("id", candidateId),
                actor.scope()).query((rs, n) -> new Stored(rs.getString("consortium_code"), rs.getBytes("details"),
                rs.getObject("updated_at", OffsetDateTime.class))).optional();
    }

    private void audited(Actor actor, AuditAction action, UUID candidateId, String consortium, String detail) {
        audit.append(actor.username(), actor.role(), action, keys.pseudonym(candidateId.toString()), consortium,
                detail, actor.remoteAddr());
    }
}
