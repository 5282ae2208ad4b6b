package org.prossima.data.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placement plans: the problem as solved and the plan, as jsonb with opaque ids only. */
@Repository
public class PlacementPlanRepository {

    private static final String COLUMNS = """
            id, consortium_code as consortium, status, time_limit_seconds, problem::text as problem,
            plan::text as plan, score, feasible, candidates, placed, failure, created_at, updated_at, solved_at""";
    private static final String SUMMARY_COLUMNS = """
            id, consortium_code as consortium, status, time_limit_seconds, null as problem, null as plan, score,
            feasible, candidates, placed, failure, created_at, updated_at, solved_at""";
    private static final String IN_SCOPE = " where (cast(:consortium as text) is null or consortium_code = :consortium)";

    private final JdbcClient jdbc;

    public PlacementPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a problem to be solved; its status is {@link PlanStatus#SOLVING}. */
    public UUID create(String consortium, int timeLimitSeconds, String problemJson, int candidates) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into placement_plan (id, consortium_code, status, time_limit_seconds, problem, candidates)
                values (:id, :consortium, 'SOLVING', :seconds, cast(:problem as jsonb), :candidates)
                """).param("id", id).param("consortium", consortium).param("seconds", timeLimitSeconds)
                .param("problem", problemJson).param("candidates", candidates).update();
        return id;
    }

    /** Records the best plan found so far while solving goes on. */
    public void saveProgress(UUID id, String planJson, String score, boolean feasible, int placed) {
        jdbc.sql("""
                update placement_plan set plan = cast(:plan as jsonb), score = :score, feasible = :feasible,
                    placed = :placed, updated_at = now()
                where id = :id and status = 'SOLVING'
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .param("placed", placed).update();
    }

    public void markSolved(UUID id, String planJson, String score, boolean feasible, int placed) {
        jdbc.sql("""
                update placement_plan set status = 'SOLVED', plan = cast(:plan as jsonb), score = :score,
                    feasible = :feasible, placed = :placed, failure = null, updated_at = now(), solved_at = now()
                where id = :id
                """).param("id", id).param("plan", planJson).param("score", score).param("feasible", feasible)
                .param("placed", placed).update();
    }

    public void markFailed(UUID id, String failure) {
        jdbc.sql("update placement_plan set status = 'FAILED', failure = :failure, updated_at = now() where id = :id")
                .param("id", id).param("failure", failure).update();
    }

    public Optional<StoredPlacementPlan> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from placement_plan where id = :id")
                .param("id", id).query(StoredPlacementPlan.class).optional();
    }

    /** Plans of a consortium (every plan when null), newest first, without their problem and plan. */
    public List<StoredPlacementPlan> page(String consortium, long offset, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from placement_plan" + IN_SCOPE
                        + " order by created_at desc, id offset :offset limit :limit")
                .param("consortium", consortium).param("offset", offset).param("limit", limit)
                .query(StoredPlacementPlan.class).list();
    }

    public long count(String consortium) {
        return jdbc.sql("select count(*) from placement_plan" + IN_SCOPE).param("consortium", consortium)
                .query(Long.class).single();
    }

    /** Plans still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredPlacementPlan> findSolving() {
        return jdbc.sql("select " + COLUMNS + " from placement_plan where status = 'SOLVING' order by created_at")
                .query(StoredPlacementPlan.class).list();
    }
}
