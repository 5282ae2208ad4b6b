package org.prossima.data.foodrecovery;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What drivers report at the pickups of a plan ({@code food_recovery_stop_status}): one row per stop, the latest report
 * standing. Every read and write goes through a plan the scope sees (its association's), here and in the table's
 * row-level security.
 */
@Repository
public class StopStatusRepository {

    private final JdbcClient jdbc;

    public StopStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records (or replaces) the report on a stop of a plan {@code scope} sees; false when it does not see the plan. */
    public boolean report(AccessScope scope, UUID planId, String vehicleId, String stopRef, StopStatus status,
            String byUser) {
        return jdbc.sql("""
                insert into food_recovery_stop_status (plan_id, vehicle_id, stop_ref, status, at, by_user)
                select p.id, :vehicle, :stop, :status, now(), :user from plan p
                where p.id = :plan and p.kind = 'FOOD_RECOVERY'
                  and (:organisation = '*' or p.organisation = :organisation)
                on conflict (plan_id, stop_ref) do update
                    set vehicle_id = excluded.vehicle_id, status = excluded.status, at = excluded.at,
                        by_user = excluded.by_user
                """).param("plan", planId).param("vehicle", vehicleId).param("stop", stopRef)
                .param("status", status.name()).param("user", byUser)
                .param("organisation", scope.organisation()).update() == 1;
    }

    /**
     * Carries the reports on plan {@code from} over to plan {@code to}, made again from it with the same vehicles:
     * both plans the scope's.
     */
    public void copy(AccessScope scope, UUID from, UUID to) {
        jdbc.sql("""
                insert into food_recovery_stop_status (plan_id, vehicle_id, stop_ref, status, at, by_user)
                select :to, s.vehicle_id, s.stop_ref, s.status, s.at, s.by_user
                from food_recovery_stop_status s join plan p on p.id = s.plan_id
                where s.plan_id = :from and (:organisation = '*' or p.organisation = :organisation)
                """).param("from", from).param("to", to).param("organisation", scope.organisation()).update();
    }

    /** The reports on a plan's stops, by stop; none when {@code scope} does not see the plan. */
    public List<StopStatusRecord> of(AccessScope scope, UUID planId) {
        return jdbc.sql("""
                select s.plan_id, s.vehicle_id, s.stop_ref, s.status, s.at, s.by_user
                from food_recovery_stop_status s join plan p on p.id = s.plan_id
                where s.plan_id = :plan and (:organisation = '*' or p.organisation = :organisation)
                order by s.stop_ref
                """).param("plan", planId).param("organisation", scope.organisation())
                .query((rs, n) -> new StopStatusRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        StopStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6))).list();
    }
}
