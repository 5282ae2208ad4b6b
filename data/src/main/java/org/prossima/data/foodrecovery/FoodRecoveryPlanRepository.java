package org.prossima.data.foodrecovery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.DeliveryRecord;
import org.prossima.data.plans.NewPlan;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.solver.foodrecovery.FoodCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Food-recovery plans in the shared plan table (kind {@code FOOD_RECOVERY}), in data's own records: the problem as
 * solved, the plan, and its analysis once solved. Solving a plan also writes the board's facts, the kg delivered per
 * recipient and food category ({@code food_recovery_delivery}), in the same transaction.
 */
@Repository
public class FoodRecoveryPlanRepository {

    private final PlanTable plans;
    private final JdbcClient jdbc;

    public FoodRecoveryPlanRepository(PlanTable plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** Stores a problem to be solved; its status is SOLVING. */
    public UUID create(FoodRecoveryProblemRecord problem, int timeLimitSeconds) {
        return plans.create(new NewPlan(PlanKind.FOOD_RECOVERY, null, null, timeLimitSeconds, PlanJson.write(problem),
                fingerprint(problem), problem.pickups().size()));
    }

    /** Records the best plan found so far while solving goes on; nothing once the plan has left SOLVING. */
    public void saveProgress(UUID id, FoodRecoveryPlanRecord plan) {
        plans.saveProgress(id, PlanJson.write(plan), plan.score(), plan.feasible(), plan.totals().pickupsAssigned());
    }

    /** The plan is final: stores it with its analysis, and the kg it delivers per recipient and category. */
    @Transactional
    public void markSolved(UUID id, FoodRecoveryProblemRecord problem, FoodRecoveryPlanRecord plan,
            FoodRecoveryAnalysisRecord analysis) {
        plans.markSolved(id, PlanJson.write(plan), PlanJson.write(analysis), plan.score(), plan.feasible(),
                plan.totals().pickupsAssigned());
        jdbc.sql("delete from food_recovery_delivery where plan_id = :id").param("id", id).update();
        for (DeliveryRecord delivery : plan.deliveries(problem)) {
            jdbc.sql("""
                    insert into food_recovery_delivery (plan_id, recipient_id, category, kg)
                    values (:id, :recipient, :category, :kg)
                    """).param("id", id).param("recipient", delivery.recipientId())
                    .param("category", delivery.category().name()).param("kg", delivery.kg()).update();
        }
    }

    public void markFailed(UUID id, String failure) {
        plans.markFailed(id, failure);
    }

    /** The problem with what its travel times are now, when they were fetched again and differ. */
    public void replaceTravel(UUID id, FoodRecoveryProblemRecord problem) {
        plans.replaceProblem(id, PlanJson.write(problem), fingerprint(problem));
    }

    public Optional<StoredFoodRecoveryPlan> find(UUID id) {
        return plans.find(PlanKind.FOOD_RECOVERY, id).map(StoredFoodRecoveryPlan::new);
    }

    /** Plans still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredFoodRecoveryPlan> findSolving() {
        return plans.findSolving(PlanKind.FOOD_RECOVERY).stream().map(StoredFoodRecoveryPlan::new).toList();
    }

    /** The kg a solved plan delivers per recipient and food category, by recipient then category. */
    public List<DeliveryRecord> deliveries(UUID id) {
        return jdbc.sql("""
                select recipient_id, category, kg from food_recovery_delivery where plan_id = :id
                order by recipient_id, category
                """).param("id", id).query((rs, n) -> new DeliveryRecord(rs.getString(1),
                FoodCategory.valueOf(rs.getString(2)), rs.getLong(3))).list();
    }

    private static String fingerprint(FoodRecoveryProblemRecord problem) {
        return problem.travel() == null ? null : problem.travel().fingerprint(problem.travelProfile());
    }
}
