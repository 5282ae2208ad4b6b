package org.prossima.data.plans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The plans of every model in one table (V8): what storing, progress, solving, failing and reading a plan have in
 * common. Each model's repository builds on it with its own records and the facts it writes when a plan is solved.
 */
@Repository
public class PlanTable {

    private static final String COLUMNS = """
            id, kind, consortium_code as consortium, organisation, status, time_limit_seconds, problem::text as problem, problem_format, travel_fingerprint,
            result::text as result, analysis::text as analysis, score, feasible, items, assigned, failure,
            created_at, updated_at, solved_at""";

    private final JdbcClient jdbc;

    public PlanTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new plan to be solved; its status is {@link PlanStatus#SOLVING}. */
    public UUID create(NewPlan plan) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan (id, kind, consortium_code, organisation, status, time_limit_seconds, problem,
                    travel_fingerprint, items)
                values (:id, :kind, :consortium, :organisation, 'SOLVING', :seconds, cast(:problem as jsonb),
                    :fingerprint, :items)
                """).param("id", id).param("kind", plan.kind().name()).param("consortium", plan.consortium())
                .param("organisation", plan.organisation())
                .param("seconds", plan.timeLimitSeconds()).param("problem", plan.problem())
                .param("fingerprint", plan.travelFingerprint()).param("items", plan.items()).update();
        return id;
    }

    /** Records the best plan found so far while solving goes on; nothing once the plan has left SOLVING. */
    public void saveProgress(UUID id, String result, String score, boolean feasible, Integer assigned) {
        jdbc.sql("""
                update plan set result = cast(:result as jsonb), score = :score, feasible = :feasible,
                    assigned = :assigned, updated_at = now()
                where id = :id and status = 'SOLVING'
                """).param("id", id).param("result", result).param("score", score).param("feasible", feasible)
                .param("assigned", assigned).update();
    }

    /** The plan is final, with its analysis. */
    public void markSolved(UUID id, String result, String analysis, String score, boolean feasible,
            Integer assigned) {
        jdbc.sql("""
                update plan set status = 'SOLVED', result = cast(:result as jsonb), analysis = cast(:analysis as jsonb),
                    score = :score, feasible = :feasible, assigned = :assigned, failure = null, updated_at = now(),
                    solved_at = now()
                where id = :id
                """).param("id", id).param("result", result).param("analysis", analysis).param("score", score)
                .param("feasible", feasible).param("assigned", assigned).update();
    }

    public void markFailed(UUID id, String failure) {
        jdbc.sql("update plan set status = 'FAILED', failure = :failure, updated_at = now() where id = :id")
                .param("id", id).param("failure", failure).update();
    }

    /** The problem as solved again in the current format (a plan carried over, once it has been mapped anew). */
    public void replaceProblem(UUID id, String problem, String travelFingerprint) {
        jdbc.sql("""
                update plan set problem = cast(:problem as jsonb), problem_format = 2,
                    travel_fingerprint = :fingerprint, updated_at = now()
                where id = :id
                """).param("id", id).param("problem", problem).param("fingerprint", travelFingerprint).update();
    }

    /** The plan of this kind with this id; empty for another kind's. */
    public Optional<StoredPlan> find(PlanKind kind, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from plan where id = :id and kind = :kind")
                .param("id", id).param("kind", kind.name()).query(StoredPlan.class).optional();
    }

    /**
     * Plans of this kind the connection's scope sees whose documents (problem, result, analysis) hold this text
     * anywhere, e.g. the id of a person to erase from them.
     */
    public List<StoredPlan> holding(PlanKind kind, String text) {
        return jdbc.sql("select " + COLUMNS + """
                 from plan where kind = :kind and (strpos(problem::text, :text) > 0
                    or strpos(coalesce(result::text, ''), :text) > 0 or strpos(coalesce(analysis::text, ''), :text) > 0)
                order by created_at
                """).param("kind", kind.name()).param("text", text).query(StoredPlan.class).list();
    }

    /**
     * Replaces a plan's documents with the same documents changed, e.g. with a person erased from them; its status,
     * counts and times stay. A null result or analysis stays null.
     */
    public void rewriteDocuments(UUID id, String problem, String result, String analysis) {
        jdbc.sql("""
                update plan set problem = cast(:problem as jsonb), result = cast(:result as jsonb),
                    analysis = cast(:analysis as jsonb)
                where id = :id
                """).param("id", id).param("problem", problem).param("result", result).param("analysis", analysis)
                .update();
    }

    /** Plans of this kind still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredPlan> findSolving(PlanKind kind) {
        return jdbc.sql("select " + COLUMNS + " from plan where kind = :kind and status = 'SOLVING' order by created_at")
                .param("kind", kind.name()).query(StoredPlan.class).list();
    }

    /**
     * A page of the plans of this kind, newest first, without their documents (lists show counts and scores).
     *
     * @param consortium a consortium code to list only its plans, or null for every plan of the kind the caller may see
     */
    public List<StoredPlan> page(PlanKind kind, String consortium, long offset, int limit) {
        return jdbc.sql("""
                select id, kind, consortium_code as consortium, organisation, status, time_limit_seconds, '{}' as problem, problem_format,
                    travel_fingerprint, null as result, null as analysis, score, feasible, items, assigned, failure,
                    created_at, updated_at, solved_at
                from plan
                where kind = :kind and (cast(:consortium as text) is null or consortium_code = :consortium)
                order by created_at desc, id
                offset :offset limit :limit
                """).param("kind", kind.name()).param("consortium", consortium).param("offset", offset)
                .param("limit", limit)
                .query(StoredPlan.class).list();
    }

    public long count(PlanKind kind, String consortium) {
        return jdbc.sql("""
                select count(*) from plan
                where kind = :kind and (cast(:consortium as text) is null or consortium_code = :consortium)
                """).param("kind", kind.name()).param("consortium", consortium).query(Long.class).single();
    }
}
