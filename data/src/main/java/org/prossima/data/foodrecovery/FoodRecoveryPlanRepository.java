package org.prossima.data.foodrecovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.DeliveryRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.VehicleRecord;
import org.prossima.data.plans.NewPlan;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Food-recovery plans in the shared plan table (kind {@code FOOD_RECOVERY}), in data's own records: the problem as
 * solved, the plan, and its analysis once solved. A plan belongs to an association ({@code plan.organisation}): every
 * read takes the scope it is made in and finds only plans that scope sees (an association's, or every plan for the
 * service's own work). Its vehicles are listed with their day and driver ({@code food_recovery_vehicle}) so that a
 * driver's routes are found without reading every problem. Solving a plan also writes the board's facts, the kg
 * delivered per recipient and food category ({@code food_recovery_delivery}), in the same transaction.
 */
@Repository
public class FoodRecoveryPlanRepository {

    private final PlanTable plans;
    private final JdbcClient jdbc;

    public FoodRecoveryPlanRepository(PlanTable plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** Stores a problem of {@code association} to be solved, with its vehicles' days and drivers; QUEUED. */
    @Transactional
    public UUID create(String association, FoodRecoveryProblemRecord problem, int timeLimitSeconds) {
        Objects.requireNonNull(association, "association");
        UUID id = plans.create(new NewPlan(PlanKind.FOOD_RECOVERY, null, association, timeLimitSeconds,
                PlanJson.write(problem), fingerprint(problem), problem.pickups().size()));
        for (VehicleRecord vehicle : problem.vehicles()) {
            jdbc.sql("""
                    insert into food_recovery_vehicle (plan_id, vehicle_id, day, driver)
                    values (:id, :vehicle, :day, :driver)
                    """).param("id", id).param("vehicle", vehicle.id()).param("day", vehicle.day())
                    .param("driver", vehicle.driver()).update();
        }
        return id;
    }

    /** Records the best plan found so far while the attempt holds the plan; false when it no longer does. */
    public boolean saveProgress(SolveAttempt attempt, FoodRecoveryPlanRecord plan) {
        return plans.saveProgress(attempt, PlanJson.write(plan), plan.score(), plan.feasible(),
                plan.totals().pickupsAssigned());
    }

    /** Stopped on request: the best plan found until then, marked cancelled; false when the attempt lost the plan. */
    public boolean markCancelled(SolveAttempt attempt, FoodRecoveryPlanRecord plan) {
        return plans.markCancelled(attempt, PlanJson.write(plan), plan.score(), plan.feasible(),
                plan.totals().pickupsAssigned());
    }

    /** The plan is final: stores it with its analysis, and the kg it delivers per recipient and category. */
    @Transactional
    public boolean markSolved(SolveAttempt attempt, FoodRecoveryProblemRecord problem, FoodRecoveryPlanRecord plan,
            FoodRecoveryAnalysisRecord analysis) {
        UUID id = attempt.planId();
        if (!plans.markSolved(attempt, PlanJson.write(plan), PlanJson.write(analysis), plan.score(), plan.feasible(),
                plan.totals().pickupsAssigned())) {
            return false;
        }
        jdbc.sql("delete from food_recovery_delivery where plan_id = :id").param("id", id).update();
        for (DeliveryRecord delivery : plan.deliveries(problem)) {
            jdbc.sql("""
                    insert into food_recovery_delivery (plan_id, recipient_id, category, kg)
                    values (:id, :recipient, :category, :kg)
                    """).param("id", id).param("recipient", delivery.recipientId())
                    .param("category", delivery.category().name()).param("kg", delivery.kg()).update();
        }
        return true;
    }

    /** A plan that cannot be solved (its stored problem unreadable or unsolvable). */
    public void markFailed(UUID id, String failure) {
        plans.markFailed(id, failure);
    }

    /** The problem with what its travel times are now, when they were fetched again and differ. */
    public void replaceTravel(UUID id, FoodRecoveryProblemRecord problem) {
        plans.replaceProblem(id, PlanJson.write(problem), fingerprint(problem));
    }

    /** The plan with this id if {@code scope} sees it (its association's, or everything); empty otherwise. */
    public Optional<StoredFoodRecoveryPlan> find(AccessScope scope, UUID id) {
        return plans.find(PlanKind.FOOD_RECOVERY, id).filter(row -> sees(scope, row.organisation()))
                .map(StoredFoodRecoveryPlan::new);
    }

    /** The plan with this id, whoever's it is: for the jobs, which solve every association's plans. */
    public Optional<StoredFoodRecoveryPlan> find(UUID id) {
        return plans.find(PlanKind.FOOD_RECOVERY, id).map(StoredFoodRecoveryPlan::new);
    }

    /** A page of the plans {@code scope} sees, newest first, without their documents. */
    public List<FoodRecoveryPlanSummary> page(AccessScope scope, long offset, int limit) {
        return jdbc.sql("""
                select p.id, p.status, (select min(v.day) from food_recovery_vehicle v where v.plan_id = p.id) as day,
                    p.score, p.feasible, p.items as pickups, p.assigned as pickups_assigned, p.created_at, p.solved_at
                from plan p
                where p.kind = 'FOOD_RECOVERY' and (:organisation = '*' or p.organisation = :organisation)
                order by p.created_at desc, p.id
                offset :offset limit :limit
                """).param("organisation", scope.organisation()).param("offset", offset).param("limit", limit)
                .query(FoodRecoveryPlanSummary.class).list();
    }

    public long count(AccessScope scope) {
        return jdbc.sql("""
                select count(*) from plan p
                where p.kind = 'FOOD_RECOVERY' and (:organisation = '*' or p.organisation = :organisation)
                """).param("organisation", scope.organisation()).query(Long.class).single();
    }

    /**
     * The vehicles {@code driver} drives from {@code first} to {@code last} (days, both included) in the plans
     * {@code scope} sees: for each day, only in the latest solved plan of the association for that day (the one in
     * force), by day then vehicle.
     */
    public List<AssignedVehicle> assigned(AccessScope scope, String driver, LocalDate first, LocalDate last) {
        return jdbc.sql("""
                with in_force as (
                    select distinct on (p.organisation, v.day) p.id, v.day
                    from food_recovery_vehicle v join plan p on p.id = v.plan_id
                    where p.kind = 'FOOD_RECOVERY' and p.status = 'SOLVED' and v.day between :first and :last
                      and (:organisation = '*' or p.organisation = :organisation)
                    order by p.organisation, v.day, p.created_at desc, p.id desc
                )
                select v.plan_id, v.vehicle_id, v.day
                from in_force f join food_recovery_vehicle v on v.plan_id = f.id and v.day = f.day
                where v.driver = :driver
                order by v.day, v.vehicle_id
                """).param("organisation", scope.organisation()).param("driver", driver).param("first", first)
                .param("last", last).query(AssignedVehicle.class).list();
    }

    /** A vehicle a driver drives: which plan, which vehicle, which day. */
    public record AssignedVehicle(UUID planId, String vehicleId, LocalDate day) {
    }

    /**
     * The kg a solved plan delivers per recipient and food category, by recipient then category; none when
     * {@code scope} does not see the plan.
     */
    public List<DeliveryRecord> deliveries(AccessScope scope, UUID id) {
        return jdbc.sql("""
                select d.recipient_id, d.category, d.kg from food_recovery_delivery d join plan p on p.id = d.plan_id
                where d.plan_id = :id and (:organisation = '*' or p.organisation = :organisation)
                order by d.recipient_id, d.category
                """).param("id", id).param("organisation", scope.organisation())
                .query((rs, n) -> new DeliveryRecord(rs.getString(1), FoodCategory.valueOf(rs.getString(2)),
                        rs.getLong(3))).list();
    }

    private static boolean sees(AccessScope scope, String organisation) {
        return AccessScope.ALL.equals(scope.organisation())
                || organisation != null && organisation.equals(scope.organisation());
    }

    private static String fingerprint(FoodRecoveryProblemRecord problem) {
        return problem.travel() == null ? null : problem.travel().fingerprint(problem.travelProfile());
    }
}
