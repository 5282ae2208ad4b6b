package org.prossima.data.foodrecovery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Food-recovery plans in PostgreSQL: problem and plan as jsonb, with status and score. */
@Repository
public class FoodRecoveryPlanRepository {

    private static final String COLUMNS = """
            id, status, time_limit_seconds, problem::text as problem, plan::text as plan, score, feasible,
            failure, created_at, updated_at, solved_at""";

    private final JdbcClient jdbc;

    public FoodRecoveryPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new problem to be solved; its status is {@link PlanStatus#SOLVING}. */
    public UUID create(String problemJson, int timeLimitSeconds) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into food_recovery_plan (id, status, time_limit_seconds, problem)
                values (:id, 'SOLVING', :seconds, cast(:problem as jsonb))
                """).param("id", id).param("seconds", timeLimitSeconds).param("problem", problemJson).update();
        return id;
    }

    /** Records the best plan found so far while solving goes on. */
    public void saveProgress(UUID id, String planJson, String score, boolean feasible) {
        jdbc.sql("""
                update food_recovery_plan set plan = cast(:plan as jsonb), score = :score, feasible = :feasible,
                    updated_at = now()
                where id = :id and status = 'SOLVING'
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .update();
    }

    public void markSolved(UUID id, String planJson, String score, boolean feasible) {
        jdbc.sql("""
                update food_recovery_plan set status = 'SOLVED', plan = cast(:plan as jsonb), score = :score,
                    feasible = :feasible, failure = null, updated_at = now(), solved_at = now()
                where id = :id
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .update();
    }

    public void markFailed(UUID id, String failure) {
        jdbc.sql("""
                update food_recovery_plan set status = 'FAILED', failure = :failure, updated_at = now()
                where id = :id
                """).param("id", id).param("failure", failure).update();
    }

    public Optional<StoredFoodRecoveryPlan> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from food_recovery_plan where id = :id")
                .param("id", id).query(StoredFoodRecoveryPlan.class).optional();
    }

    /** Plans still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredFoodRecoveryPlan> findSolving() {
        return jdbc.sql("select " + COLUMNS + " from food_recovery_plan where status = 'SOLVING' order by created_at")
                .query(StoredFoodRecoveryPlan.class).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from food_recovery_plan").query(Long.class).single();
    }
}
