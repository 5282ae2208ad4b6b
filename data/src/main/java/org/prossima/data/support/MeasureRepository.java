package org.prossima.data.support;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Support measures, each its candidate's consortium's: every call takes the caller's scope, and row-level security
 * (V21) states it again. A measure is created for a candidate the scope sees, and takes the candidate's consortium.
 */
@Repository
public class MeasureRepository {

    private static final String COLUMNS = "id, candidate_id, consortium_code as consortium, kind, monthly_euros, "
            + "valid_from, valid_until, activity_hours, activity_period, activity_kind, created_at, updated_at";

    private final JdbcClient jdbc;

    public MeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new measure for a candidate the scope sees; empty when it sees no such candidate. */
    public Optional<MeasureRow> create(AccessScope scope, UUID candidateId, Measure measure) {
        return SupportScope.bind(values(jdbc.sql("insert into support_measure (id, candidate_id, consortium_code, "
                + "kind, monthly_euros, valid_from, valid_until, activity_hours, activity_period, activity_kind) "
                + "select :id, c.id, c.consortium_code, :kind, :euros, :from, :until, :hours, :period, :activityKind "
                + "from placement_candidate c where c.id = :candidate and "
                + SupportScope.consortium("c.consortium_code") + " returning " + COLUMNS), measure)
                .param("id", UUID.randomUUID()).param("candidate", candidateId), scope)
                .query(MeasureRow.class).optional();
    }

    /** Changes what a measure of the scope says; empty when the scope sees no such measure. */
    public Optional<MeasureRow> update(AccessScope scope, UUID id, Measure measure) {
        return SupportScope.bind(values(jdbc.sql("update support_measure set kind = :kind, monthly_euros = :euros, "
                + "valid_from = :from, valid_until = :until, activity_hours = :hours, activity_period = :period, "
                + "activity_kind = :activityKind, updated_at = clock_timestamp() where id = :id and "
                + SupportScope.consortium("consortium_code") + " returning " + COLUMNS), measure)
                .param("id", id), scope).query(MeasureRow.class).optional();
    }

    public Optional<MeasureRow> find(AccessScope scope, UUID id) {
        return SupportScope.bind(jdbc.sql("select " + COLUMNS + " from support_measure where id = :id and "
                + SupportScope.consortium("consortium_code")).param("id", id), scope).query(MeasureRow.class)
                .optional();
    }

    /** True when a measure of the scope was deleted (its attendance goes with it). */
    public boolean delete(AccessScope scope, UUID id) {
        return SupportScope.bind(jdbc.sql("delete from support_measure where id = :id and "
                + SupportScope.consortium("consortium_code")).param("id", id), scope).update() > 0;
    }

    /** A page of the scope's measures, oldest first; {@code candidate} null for every candidate. */
    public List<MeasureRow> page(AccessScope scope, UUID candidate, long offset, int limit) {
        return SupportScope.bind(jdbc.sql("select " + COLUMNS + " from support_measure where "
                + SupportScope.consortium("consortium_code")
                + " and (cast(:candidate as uuid) is null or candidate_id = :candidate)"
                + " order by created_at, id offset :offset limit :limit").param("candidate", candidate)
                .param("offset", offset).param("limit", limit), scope).query(MeasureRow.class).list();
    }

    public long count(AccessScope scope, UUID candidate) {
        return SupportScope.bind(jdbc.sql("select count(*) from support_measure where "
                + SupportScope.consortium("consortium_code")
                + " and (cast(:candidate as uuid) is null or candidate_id = :candidate)")
                .param("candidate", candidate), scope).query(Long.class).single();
    }

    /** The scope's measures asking for community activity that have started by {@code day}, oldest first. */
    public List<MeasureRow> withActivityStartedBy(AccessScope scope, LocalDate day) {
        return SupportScope.bind(jdbc.sql("select " + COLUMNS + " from support_measure where activity_hours > 0 "
                + "and valid_from <= :day and " + SupportScope.consortium("consortium_code")
                + " order by created_at, id").param("day", day), scope).query(MeasureRow.class).list();
    }

    /**
     * The candidates (of {@code consortium}, or every one the scope sees when null) whose measure in force on
     * {@code day} asks for community activity while no community activity is accepted for them: they owe one.
     */
    public Set<UUID> owingActivity(AccessScope scope, String consortium, LocalDate day) {
        return new HashSet<>(SupportScope.bind(jdbc.sql("""
                select distinct m.candidate_id from support_measure m
                where m.activity_hours > 0 and :day between m.valid_from and m.valid_until
                  and (cast(:consortium as text) is null or m.consortium_code = :consortium)
                  and not exists (select 1 from placement_decision d
                                  join placement_opportunity o on o.id = d.opportunity_id
                                  where d.candidate_id = m.candidate_id and d.decision = 'ACCEPTED'
                                    and o.kind = 'COMMUNITY_ACTIVITY')
                  and """ + SupportScope.consortium("m.consortium_code")).param("day", day)
                .param("consortium", consortium), scope).query(UUID.class).list());
    }

    private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec sql, Measure measure) {
        return sql.param("kind", measure.kind().name()).param("euros", measure.monthlyEuros())
                .param("from", measure.validFrom()).param("until", measure.validUntil())
                .param("hours", measure.activityHours()).param("period", measure.activityPeriod().name())
                .param("activityKind", measure.activityKind());
    }
}
