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
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.prossima.data.sql.Columns;
import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Candidates' planning data (never their personal details: see {@link PersonRepository}). Every read and change
 * takes the scope of who asks: a coordinator's consortium, or everything for the service's own work.
 */
@Repository
public class CandidateRepository {

    private static final String SELECT = """
            select c.*,
                (select d.opportunity_id from placement_decision d
                 where d.candidate_id = c.id and d.decision = 'ACCEPTED') as accepted_opportunity_id,
                array(select d.opportunity_id from placement_decision d
                      where d.candidate_id = c.id and d.decision = 'REJECTED' order by d.opportunity_id)
                    as rejected_opportunity_ids
            from placement_candidate c
            """;
    /** The scope's candidates, of one consortium ({@code :consortium}) or of every one it sees (null). */
    private static final String IN_SCOPE = " where " + ScopeSql.consortium("c.consortium_code")
            + " and (cast(:consortium as text) is null or c.consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public CandidateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CandidateRow c) {
        bind(jdbc.sql("""
                insert into placement_candidate (id, consortium_code, istat_code, lat, lon, skills, languages,
                    mobility, max_commute_minutes, weekly_hours, days, earliest_start, programme, priority,
                    months_waiting, limitations, preferred_sectors, hosts_to_avoid)
                values (:id, :consortium, :istat, :lat, :lon, :skills, :languages, :mobility, :maxCommute, :hours,
                    :days, :earliestStart, :programme, :priority, :monthsWaiting, :limitations, :preferredSectors,
                    :hostsToAvoid)
                """), c).update();
    }

    /** Replaces the planning data of an existing candidate of the scope; false when it has none with this id. */
    public boolean update(AccessScope scope, CandidateRow c) {
        return ScopeSql.bind(bind(jdbc.sql("""
                update placement_candidate set consortium_code = :consortium, istat_code = :istat, lat = :lat,
                    lon = :lon, skills = :skills, languages = :languages, mobility = :mobility,
                    max_commute_minutes = :maxCommute, weekly_hours = :hours, days = :days,
                    earliest_start = :earliestStart, programme = :programme, priority = :priority,
                    months_waiting = :monthsWaiting, limitations = :limitations,
                    preferred_sectors = :preferredSectors, hosts_to_avoid = :hostsToAvoid, updated_at = clock_timestamp()
                where id = :id and """ + ScopeSql.consortium("consortium_code")), c), scope).update() == 1;
    }

    /** The candidate with this id, if the scope sees it. */
    public Optional<CandidateRow> find(AccessScope scope, UUID id) {
        return ScopeSql.bind(jdbc.sql(SELECT + " where c.id = :id and " + ScopeSql.consortium("c.consortium_code"))
                .param("id", id), scope).query(CandidateRepository::row).optional();
    }

    /** Locks the candidate's row until the end of the transaction; false when the scope sees none. */
    public boolean lock(AccessScope scope, UUID id) {
        return ScopeSql.bind(jdbc.sql("select id from placement_candidate where id = :id and "
                + ScopeSql.consortium("consortium_code") + " for update").param("id", id), scope)
                .query(UUID.class).optional().isPresent();
    }

    /**
     * The scope's candidates, oldest first.
     *
     * @param consortium one consortium's only, or null for every consortium the scope sees
     */
    public List<CandidateRow> page(AccessScope scope, String consortium, long offset, int limit) {
        return ScopeSql.bind(jdbc.sql(SELECT + IN_SCOPE + " order by c.created_at, c.id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit), scope)
                .query(CandidateRepository::row).list();
    }

    /** Every candidate of the scope (of {@code consortium} only, when not null), oldest first. */
    public List<CandidateRow> all(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql(SELECT + IN_SCOPE + " order by c.created_at, c.id")
                .param("consortium", consortium), scope).query(CandidateRepository::row).list();
    }

    public long count(AccessScope scope, String consortium) {
        return ScopeSql.bind(jdbc.sql("select count(*) from placement_candidate c" + IN_SCOPE)
                .param("consortium", consortium), scope).query(Long.class).single();
    }

    /** The ids among {@code ids} that belong to a candidate the scope sees. */
    public Set<UUID> existing(AccessScope scope, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ScopeSql.bind(jdbc.sql("select id from placement_candidate where id = any(:ids) and "
                + ScopeSql.consortium("consortium_code")).param("ids", ids.toArray(UUID[]::new)), scope)
                .query(UUID.class).list());
    }

    /**
     * Deletes the candidate's row (the erasure of a person: {@link CandidateErasure}); their details and decisions
     * go with it. False when the scope sees no such candidate.
     */
    boolean delete(AccessScope scope, UUID id) {
        return ScopeSql.bind(jdbc.sql("delete from placement_candidate where id = :id and "
                + ScopeSql.consortium("consortium_code")).param("id", id), scope).update() == 1;
    }

    private static StatementSpec bind(StatementSpec sql, CandidateRow c) {
        return sql.param("id", c.id()).param("consortium", c.consortium()).param("istat", c.istatCode())
                .param("lat", c.lat()).param("lon", c.lon()).param("skills", PgArrays.text(c.skills()))
                .param("languages", PgArrays.text(c.languages())).param("mobility", c.mobility().name())
                .param("maxCommute", c.maxCommuteMinutes()).param("hours", c.weeklyHours())
                .param("days", PgArrays.days(c.days())).param("earliestStart", c.earliestStart())
                .param("programme", c.programme().name()).param("priority", c.priority())
                .param("monthsWaiting", c.monthsWaiting()).param("limitations", PgArrays.text(c.limitations()))
                .param("preferredSectors", PgArrays.text(c.preferredSectors()))
                .param("hostsToAvoid", PgArrays.text(c.hostsToAvoid()));
    }

    private static CandidateRow row(ResultSet rs, int rowNum) throws SQLException {
        return new CandidateRow(rs.getObject("id", UUID.class), rs.getString("consortium_code"),
                rs.getString("istat_code"), Columns.nullableDouble(rs, "lat"), Columns.nullableDouble(rs, "lon"),
                PgArrays.list(rs, "skills"), PgArrays.list(rs, "languages"), Mobility.valueOf(rs.getString("mobility")),
                rs.getInt("max_commute_minutes"), rs.getInt("weekly_hours"), PgArrays.days(rs, "days"),
                rs.getObject("earliest_start", LocalDate.class), Programme.valueOf(rs.getString("programme")),
                rs.getInt("priority"), rs.getInt("months_waiting"), PgArrays.list(rs, "limitations"),
                PgArrays.list(rs, "preferred_sectors"), PgArrays.list(rs, "hosts_to_avoid"),
                rs.getString("accepted_opportunity_id"), PgArrays.list(rs, "rejected_opportunity_ids"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
