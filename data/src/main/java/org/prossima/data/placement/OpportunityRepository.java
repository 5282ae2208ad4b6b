package org.prossima.data.placement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.prossima.data.security.AccessScope;
import org.prossima.data.sql.Columns;
import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Placement opportunities: internships, cooperative jobs, community activities. Coordinators read every opportunity
 * and change their consortium's; host administrators read and change those of their organisation's hosts; the
 * service (publishing, planning) reads all.
 */
@Repository
public class OpportunityRepository {

    private static final String IN_SCOPE = " where " + ScopeSql.opportunityRead("o")
            + " and (cast(:consortium as text) is null or o.consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public OpportunityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OpportunityRow o) {
        bind(jdbc.sql("""
                insert into placement_opportunity (id, consortium_code, kind, host_id, istat_code, lat, lon, sector,
                    required_skills, desirable_skills, languages, weekly_hours, days, seats, start_from, start_until,
                    monthly_cost_euros, tutor_id, activity_tags)
                values (:id, :consortium, :kind, :host, :istat, :lat, :lon, :sector, :required, :desirable,
                    :languages, :hours, :days, :seats, :startFrom, :startUntil, :cost, :tutor, :tags)
                """), o).update();
    }

    /** Replaces an opportunity the scope may change; false when it may change none with this id. */
    public boolean update(AccessScope scope, OpportunityRow o) {
        return ScopeSql.bind(bind(jdbc.sql("""
                update placement_opportunity o set consortium_code = :consortium, kind = :kind, host_id = :host,
                    istat_code = :istat, lat = :lat, lon = :lon, sector = :sector, required_skills = :required,
                    desirable_skills = :desirable, languages = :languages, weekly_hours = :hours, days = :days,
                    seats = :seats, start_from = :startFrom, start_until = :startUntil, monthly_cost_euros = :cost,
                    tutor_id = :tutor, activity_tags = :tags, updated_at = clock_timestamp()
                where o.id = :id and """ + ScopeSql.opportunityWrite("o")), o), scope).update() == 1;
    }

    /** The opportunity with this id, if the scope reads it. */
    public Optional<OpportunityRow> find(AccessScope scope, String id) {
        return ScopeSql.bind(jdbc.sql("select * from placement_opportunity o where o.id = :id and "
                + ScopeSql.opportunityRead("o")).param("id", id), scope).query(OpportunityRepository::row).optional();
    }

    /** Whether the scope may change this opportunity (its consortium's, or one of its organisation's hosts'). */
    public boolean writable(AccessScope scope, String id) {
        return ScopeSql.bind(jdbc.sql("select count(*) from placement_opportunity o where o.id = :id and "
                + ScopeSql.opportunityWrite("o")).param("id", id), scope).query(Long.class).single() > 0;
    }

    /**
     * The opportunity's row, locked until the end of the transaction so that seats are counted and taken one
     * decision at a time, whoever's it is (the lock is taken as the service: a seat of another consortium's
     * opportunity is taken by a coordinator's decision); empty when the scope reads no such opportunity.
     */
    public Optional<OpportunityRow> lock(AccessScope scope, String id) {
        boolean exists = jdbc.sql("select prossima_lock_opportunity(:id)").param("id", id).query(Boolean.class)
                .single();
        return exists ? find(scope, id) : Optional.empty();
    }

    /** The opportunities the scope reads (of {@code consortium} only, when not null), oldest first. */
    public List<OpportunityRow> page(AccessScope scope, String consortium, long offset, int limit) {
        return ScopeSql.bind(jdbc.sql("select * from placement_opportunity o" + IN_SCOPE
                        + " order by o.created_at, o.id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit), scope)
                .query(OpportunityRepository::row).list();
    }

    /** Every opportunity the scope reads, by id: a plan for one consortium still offers all of them. */
    public List<OpportunityRow> all(AccessScope scope) {
        return ScopeSql.bind(jdbc.sql("select * from placement_opportunity o where " + ScopeSql.opportunityRead("o")
                + " order by o.id"), scope).query(OpportunityRepository::row).list();
    }

    public long count(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql("select count(*) from placement_opportunity o" + IN_SCOPE)
                .param("consortium", consortium), scope).query(Long.class).single();
    }

    /** The ids among {@code ids} that belong to an opportunity the scope reads. */
    public Set<String> existing(AccessScope scope, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ScopeSql.bind(jdbc.sql("select id from placement_opportunity o where o.id = any(:ids)"
                + " and " + ScopeSql.opportunityRead("o")).param("ids", ids.toArray(String[]::new)), scope)
                .query(String.class).list());
    }

    private static StatementSpec bind(StatementSpec sql, OpportunityRow o) {
        return sql.param("id", o.id()).param("consortium", o.consortium()).param("kind", o.kind().name())
                .param("host", o.hostId()).param("istat", o.istatCode()).param("lat", o.lat()).param("lon", o.lon())
                .param("sector", o.sector()).param("required", PgArrays.text(o.requiredSkills()))
                .param("desirable", PgArrays.text(o.desirableSkills()))
                .param("languages", PgArrays.text(o.languages())).param("hours", o.weeklyHours())
                .param("days", PgArrays.days(o.days())).param("seats", o.seats())
                .param("startFrom", o.startFrom()).param("startUntil", o.startUntil())
                .param("cost", o.monthlyCostEuros()).param("tutor", o.tutorId())
                .param("tags", PgArrays.text(o.activityTags()));
    }

    private static OpportunityRow row(ResultSet rs, int rowNum) throws SQLException {
        return new OpportunityRow(rs.getString("id"), rs.getString("consortium_code"),
                OpportunityKind.valueOf(rs.getString("kind")), rs.getString("host_id"), rs.getString("istat_code"),
                Columns.nullableDouble(rs, "lat"), Columns.nullableDouble(rs, "lon"), rs.getString("sector"),
                PgArrays.list(rs, "required_skills"), PgArrays.list(rs, "desirable_skills"),
                PgArrays.list(rs, "languages"), rs.getInt("weekly_hours"), PgArrays.days(rs, "days"),
                rs.getInt("seats"), rs.getObject("start_from", LocalDate.class),
                rs.getObject("start_until", LocalDate.class), rs.getInt("monthly_cost_euros"),
                rs.getString("tutor_id"), PgArrays.list(rs, "activity_tags"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
