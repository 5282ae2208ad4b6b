package org.prossima.data.support;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hours of community activity done per measure and week, their consortium's (V21's row-level security too). */
@Repository
public class AttendanceRepository {

    private static final String COLUMNS = "measure_id, week_start, hours::float8 as hours, recorded_by, recorded_at";

    private final JdbcClient jdbc;

    public AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the hours of a week of a measure the scope sees, replacing an earlier entry of that week; empty when
     * the scope sees no such measure.
     */
    public Optional<AttendanceRow> record(AccessScope scope, UUID measureId, LocalDate weekStart, double hours,
            String recordedBy) {
        if (isHost(scope)) {
            return jdbc.sql("insert into support_attendance (measure_id, week_start, consortium_code, hours, "
                    + "recorded_by) select :measure, :week, h.consortium, :hours, :by from (select "
                    + "prossima_hosted_consortium(:measure) as consortium) h where h.consortium is not null"
                    + " on conflict (measure_id, week_start) do update set hours = excluded.hours, "
                    + "recorded_by = excluded.recorded_by, recorded_at = clock_timestamp() returning " + COLUMNS)
                    .param("measure", measureId).param("week", weekStart).param("hours", hours)
                    .param("by", recordedBy).query(AttendanceRow.class).optional();
        }
        return SupportScope.bind(jdbc.sql("insert into support_attendance (measure_id, week_start, consortium_code, "
                + "hours, recorded_by) select m.id, :week, m.consortium_code, :hours, :by from support_measure m "
                + "where m.id = :measure and " + SupportScope.consortium("m.consortium_code")
                + " on conflict (measure_id, week_start) do update set hours = excluded.hours, "
                + "recorded_by = excluded.recorded_by, recorded_at = clock_timestamp() returning " + COLUMNS)
                .param("measure", measureId).param("week", weekStart).param("hours", hours)
                .param("by", recordedBy), scope).query(AttendanceRow.class).optional();
    }

    /**
     * The measures whose people are accepted at community activities of the scope's organisation's hosts: what a
     * host records attendance for. Empty for any other scope.
     */
    public List<HostedMeasure> hosted(AccessScope scope) {
        if (!isHost(scope)) {
            return List.of();
        }
        return jdbc.sql("select measure_id, opportunity_id, consortium_code as consortium, activity_hours, "
                + "activity_period, valid_from, valid_until from prossima_hosted_measures()")
                .query(HostedMeasure.class).list();
    }

    /** Whether the scope is a host's organisation (its rights come from the people it hosts). */
    public static boolean isHost(AccessScope scope) {
        return scope.consortia().isEmpty() && !scope.organisation().isEmpty()
                && !AccessScope.ALL.equals(scope.organisation());
    }

    /** A measure's weeks, in order. */
    public List<AttendanceRow> ofMeasure(AccessScope scope, UUID measureId) {
        return SupportScope.bind(jdbc.sql("select " + COLUMNS + " from support_attendance where measure_id = :measure"
                + " and " + SupportScope.consortium("consortium_code") + " order by week_start")
                .param("measure", measureId), scope).query(AttendanceRow.class).list();
    }

    /** Hours done per measure up to {@code until} (weeks starting by then), for the given measures. */
    public Map<UUID, Double> hoursDone(AccessScope scope, Collection<UUID> measureIds, LocalDate until) {
        Map<UUID, Double> done = new HashMap<>();
        if (measureIds.isEmpty()) {
            return done;
        }
        SupportScope.bind(jdbc.sql("select measure_id, sum(hours)::float8 as hours from support_attendance "
                + "where measure_id = any(:ids) and week_start <= :until and "
                + SupportScope.consortium("consortium_code") + " group by measure_id")
                .param("ids", measureIds.toArray(UUID[]::new)).param("until", until), scope)
                .query(rs -> {
                    done.put(rs.getObject("measure_id", UUID.class), rs.getDouble("hours"));
                });
        return done;
    }
}
