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

import org.prossima.data.sql.Columns;
import org.prossima.data.sql.PgArrays;
import org.prossima.solver.placement.OpportunityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/** Placement opportunities: internships, cooperative jobs, community activities. */
@Repository
public class OpportunityRepository {

    private static final String IN_SCOPE = " where (cast(:consortium as text) is null or consortium_code = :consortium)";

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

    public boolean update(OpportunityRow o) {
        return bind(jdbc.sql("""
                update placement_opportunity set consortium_code = :consortium, kind = :kind, host_id = :host,
                    istat_code = :istat, lat = :lat, lon = :lon, sector = :sector, required_skills = :required,
                    desirable_skills = :desirable, languages = :languages, weekly_hours = :hours, days = :days,
                    seats = :seats, start_from = :startFrom, start_until = :startUntil, monthly_cost_euros = :cost,
                    tutor_id = :tutor, activity_tags = :tags, updated_at = clock_timestamp()
                where id = :id
                """), o).update() == 1;
    }

    public Optional<OpportunityRow> find(String id) {
        return jdbc.sql("select * from placement_opportunity where id = :id").param("id", id)
                .query(OpportunityRepository::row).optional();
    }

    /** The opportunity's row, locked until the end of the transaction (to count accepted people safely). */
    public Optional<OpportunityRow> lock(String id) {
        return jdbc.sql("select * from placement_opportunity where id = :id for update").param("id", id)
                .query(OpportunityRepository::row).optional();
    }

    public List<OpportunityRow> page(String consortium, long offset, int limit) {
        return jdbc.sql("select * from placement_opportunity" + IN_SCOPE
                        + " order by created_at, id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit)
                .query(OpportunityRepository::row).list();
    }

    /** Every opportunity, by id: a plan for one consortium still offers all of them. */
    public List<OpportunityRow> all() {
        return jdbc.sql("select * from placement_opportunity order by id").query(OpportunityRepository::row).list();
    }

    public long count(String consortium) {
        return jdbc.sql("select count(*) from placement_opportunity" + IN_SCOPE).param("consortium", consortium)
                .query(Long.class).single();
    }

    public Set<String> existing(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from placement_opportunity where id = any(:ids)")
                .param("ids", ids.toArray(String[]::new)).query(String.class).list());
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
