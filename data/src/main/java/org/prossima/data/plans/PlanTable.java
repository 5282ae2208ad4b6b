package org.prossima.data.plans;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans of every model in one table (V8): what storing, progress, solving, failing and reading a plan have in
 * common. Each model's repository builds on it with its own records and the facts it writes when a plan is solved.
 */
@Repository
public class PlanTable {

    private static final String COLUMNS = """
            id, kind, consortium_code as consortium, organisation, status, time_limit_seconds, problem::text as problem, problem_format, travel_fingerprint,
            result::text as result, analysis::text as analysis, score, feasible, items, assigned, failure,
            created_at, updated_at, solved_at, attempt, solved_by, started_at""";

    private final JdbcClient jdbc;

    public PlanTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new plan to be solved; its status is {@link PlanStatus#QUEUED} until an instance takes it up. */
    public UUID create(NewPlan plan) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into plan (id, kind, consortium_code, organisation, status, time_limit_seconds, problem,
                    travel_fingerprint, items)
                values (:id, :kind, :consortium, :organisation, 'QUEUED', :seconds, cast(:problem as jsonb),
                    :fingerprint, :items)
                """).param("id", id).param("kind", plan.kind().name()).param("consortium", plan.consortium())
                .param("organisation", plan.organisation())
                .param("seconds", plan.timeLimitSeconds()).param("problem", plan.problem())
                .param("fingerprint", plan.travelFingerprint()).param("items", plan.items()).update();
        return id;
    }

    /**
     * An instance takes the plan up: it becomes SOLVING on a new attempt, which alone may write it from now on (an
     * earlier attempt, whose instance stopped beating, is marked superseded). Empty when the plan is no longer to be
     * solved (solved, failed, or cancelled meanwhile).
     */
    @Transactional
    public Optional<SolveAttempt> claim(UUID id, String instance) {
        Optional<Integer> attempt = jdbc.sql("""
                update plan set status = 'SOLVING', attempt = attempt + 1, solving_by = :instance,
                    started_at = coalesce(started_at, now()), updated_at = now()
                where id = :id and status in ('QUEUED', 'SOLVING') and not cancel_requested
                returning attempt
                """).param("id", id).param("instance", instance).query(Integer.class).optional();
        attempt.ifPresent(a -> {
            jdbc.sql("""
                    update plan_attempt set outcome = 'SUPERSEDED', ended_at = now()
                    where plan_id = :id and outcome is null
                    """).param("id", id).update();
            jdbc.sql("insert into plan_attempt (plan_id, attempt, instance) values (:id, :attempt, :instance)")
                    .param("id", id).param("attempt", a).param("instance", instance).update();
        });
        return attempt.map(a -> new SolveAttempt(id, a, instance));
    }

    /** Records the best plan found so far, while this attempt holds the plan; false when it no longer does. */
    public boolean saveProgress(SolveAttempt attempt, String result, String score, boolean feasible,
            Integer assigned) {
        return jdbc.sql("""
                update plan set result = cast(:result as jsonb), score = :score, feasible = :feasible,
                    assigned = :assigned, updated_at = now()
                where id = :id and status = 'SOLVING' and attempt = :attempt
                """).param("id", attempt.planId()).param("attempt", attempt.attempt()).param("result", result)
                .param("score", score).param("feasible", feasible).param("assigned", assigned).update() == 1;
    }

    /**
     * The plan is final, with its analysis, written by the attempt that holds it; false (and nothing written) when
     * another attempt took it over. Callers write the plan's facts in the same transaction, only when true.
     */
    public boolean markSolved(SolveAttempt attempt, String result, String analysis, String score, boolean feasible,
            Integer assigned) {
        boolean won = jdbc.sql("""
                update plan set status = 'SOLVED', result = cast(:result as jsonb), analysis = cast(:analysis as jsonb),
                    score = :score, feasible = :feasible, assigned = :assigned, failure = null, updated_at = now(),
                    solved_at = now(), solved_by = :instance, solving_by = null
                where id = :id and status = 'SOLVING' and attempt = :attempt
                """).param("id", attempt.planId()).param("attempt", attempt.attempt())
                .param("instance", attempt.instance()).param("result", result).param("analysis", analysis)
                .param("score", score).param("feasible", feasible).param("assigned", assigned).update() == 1;
        ended(attempt, won, "SOLVED");
        return won;
    }

    /** The attempt could not solve the plan; false when another attempt holds it. */
    public boolean markFailed(SolveAttempt attempt, String failure) {
        boolean held = jdbc.sql("""
                update plan set status = 'FAILED', failure = :failure, solving_by = null, updated_at = now()
                where id = :id and status = 'SOLVING' and attempt = :attempt
                """).param("id", attempt.planId()).param("attempt", attempt.attempt()).param("failure", failure)
                .update() == 1;
        ended(attempt, held, "FAILED");
        return held;
    }

    /** A plan that cannot be taken up at all (its stored problem unreadable): failed whatever its attempt. */
    public void markFailed(UUID id, String failure) {
        jdbc.sql("""
                update plan set status = 'FAILED', failure = :failure, solving_by = null, updated_at = now()
                where id = :id and status in ('QUEUED', 'SOLVING')
                """).param("id", id).param("failure", failure).update();
    }

    /**
     * Stopped on request by the attempt that held it: CANCELLED, with the best plan found until then when there is
     * one ({@code result} null keeps the last progress written). False when another attempt holds it.
     */
    public boolean markCancelled(SolveAttempt attempt, String result, String score, Boolean feasible,
            Integer assigned) {
        boolean held = jdbc.sql("""
                update plan set status = 'CANCELLED', result = coalesce(cast(:result as jsonb), result),
                    score = coalesce(:score, score), feasible = coalesce(:feasible, feasible),
                    assigned = coalesce(:assigned, assigned), solving_by = null, updated_at = now()
                where id = :id and status = 'SOLVING' and attempt = :attempt
                """).param("id", attempt.planId()).param("attempt", attempt.attempt()).param("result", result)
                .param("score", score).param("feasible", feasible).param("assigned", assigned).update() == 1;
        ended(attempt, held, "CANCELLED");
        return held;
    }

    /** The instance is stopping: the plan goes back to the queue for another (or the same, restarted) to take up. */
    public boolean handBack(SolveAttempt attempt) {
        boolean held = jdbc.sql("""
                update plan set status = 'QUEUED', solving_by = null, updated_at = now()
                where id = :id and status = 'SOLVING' and attempt = :attempt
                """).param("id", attempt.planId()).param("attempt", attempt.attempt()).update() == 1;
        ended(attempt, held, "HANDED_BACK");
        return held;
    }

    private void ended(SolveAttempt attempt, boolean held, String outcome) {
        jdbc.sql("""
                update plan_attempt set outcome = :outcome, ended_at = now()
                where plan_id = :id and attempt = :attempt and outcome is null
                """).param("id", attempt.planId()).param("attempt", attempt.attempt())
                .param("outcome", held ? outcome : "SUPERSEDED").update();
    }

    /**
     * Asks for a plan to be stopped: a queued plan is cancelled at once (true), a plan being solved is flagged and
     * its instance stops it within a second, keeping the best plan found (true); false for a plan already final.
     */
    public boolean requestCancel(UUID id) {
        int queued = jdbc.sql("""
                update plan set status = 'CANCELLED', cancel_requested = true, updated_at = now()
                where id = :id and status = 'QUEUED'
                """).param("id", id).update();
        if (queued == 1) {
            return true;
        }
        return jdbc.sql("""
                update plan set cancel_requested = true, updated_at = now() where id = :id and status = 'SOLVING'
                """).param("id", id).update() == 1;
    }

    /** Which of these plans someone asked to stop. */
    public Set<UUID> cancelRequested(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id from plan where id = any(:ids) and cancel_requested")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** How many plans wait ahead of this queued one (every kind: the instances take plans in order). */
    public long queuedAhead(UUID id) {
        return jdbc.sql("""
                select count(*) from plan p, plan me
                where me.id = :id and p.status = 'QUEUED' and (p.created_at, p.id) < (me.created_at, me.id)
                """).param("id", id).query(Long.class).single();
    }

    /** Plans of a kind waiting or being solved for one owner (a consortium, an association, or the programme). */
    public long active(PlanKind kind, String consortium, String organisation) {
        return jdbc.sql("""
                select count(*) from plan
                where kind = :kind and status in ('QUEUED', 'SOLVING')
                  and consortium_code is not distinct from :consortium and organisation is not distinct from :org
                """).param("kind", kind.name()).param("consortium", consortium).param("org", organisation)
                .query(Long.class).single();
    }

    /** Plans waiting or being solved, oldest first: each must have a job in the queue (checked at start). */
    public List<StoredPlan> findActive() {
        return jdbc.sql("select " + COLUMNS + " from plan where status in ('QUEUED', 'SOLVING') order by created_at")
                .query(StoredPlan.class).list();
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

    /**
     * A page of the plans of this kind, newest first, without their documents (lists show counts and scores).
     *
     * @param consortium a consortium code to list only its plans, or null for every plan of the kind the caller may see
     */
    public List<StoredPlan> page(PlanKind kind, String consortium, long offset, int limit) {
        return jdbc.sql("""
                select id, kind, consortium_code as consortium, organisation, status, time_limit_seconds, '{}' as problem, problem_format,
                    travel_fingerprint, null as result, null as analysis, score, feasible, items, assigned, failure,
                    created_at, updated_at, solved_at, attempt, solved_by, started_at
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
