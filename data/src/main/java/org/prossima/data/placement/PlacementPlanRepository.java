package org.prossima.data.placement;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.prossima.data.plans.NewPlan;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement plans, in the plan table ({@link PlanKind#PLACEMENT}, owned by a consortium, or by no one for the whole
 * ASL: those are the service's and administrators'). Reads take the scope of who asks; storing, solving and resuming
 * are the service's own work. A plan holds the problem as solved, the plan and its analysis in data's records, opaque
 * ids only. When a plan is solved, its proposals are written to {@code placement_proposal} in the same transaction,
 * for the steering board.
 */
@Repository
public class PlacementPlanRepository {

    private final PlanTable plans;
    private final JdbcClient jdbc;

    public PlacementPlanRepository(PlanTable plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /**
     * Stores a problem to be solved; its status is QUEUED.
     *
     * @param travelFingerprint what the travel times it is solved on are
     */
    public UUID create(PlacementProblemRecord problem, int timeLimitSeconds, String travelFingerprint) {
        return plans.create(new NewPlan(PlanKind.PLACEMENT, problem.consortium(), null, timeLimitSeconds,
                PlanJson.write(problem), travelFingerprint, problem.candidates().size()));
    }

    /**
     * The problem of a plan just stored, without the candidates erased since its snapshot was taken: an erasure that
     * ran between the snapshot and the plan's row could not find the plan. The candidates' rows are locked for
     * share meanwhile, so an erasure running now waits, then finds the plan solving and refuses. The problem as
     * stored, the same one when no one was erased.
     */
    @Transactional
    public PlacementProblemRecord withoutErased(UUID planId, PlacementProblemRecord problem) {
        List<UUID> ids = problem.candidates().stream().map(c -> UUID.fromString(c.id())).toList();
        Set<UUID> present = new HashSet<>(jdbc.sql("select id from placement_candidate where id = any(:ids) for share")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
        String json = PlanJson.write(problem);
        for (UUID id : ids) {
            if (!present.contains(id)) {
                json = PlanScrub.problem(json, id.toString());
            }
        }
        if (present.size() == ids.size()) {
            return problem;
        }
        PlacementProblemRecord without = PlanJson.read(json, PlacementProblemRecord.class);
        plans.rewriteDocuments(planId, json, null, null);
        return without;
    }

    /** Records the best plan found so far while the attempt holds the plan; false when it no longer does. */
    public boolean saveProgress(SolveAttempt attempt, PlacementPlanRecord plan) {
        return plans.saveProgress(attempt, PlanJson.write(plan), plan.score(), plan.feasible(), plan.placed());
    }

    /** Stopped on request: the best plan found until then, marked cancelled; false when the attempt lost the plan. */
    public boolean markCancelled(SolveAttempt attempt, PlacementPlanRecord plan) {
        return plans.markCancelled(attempt, PlanJson.write(plan), plan.score(), plan.feasible(), plan.placed());
    }

    /**
     * The plan is final: stored with its analysis, and its proposals written for the board, all at once; false (and
     * nothing written) when the attempt lost the plan.
     */
    @Transactional
    public boolean markSolved(SolveAttempt attempt, PlacementPlanRecord plan, PlacementAnalysisRecord analysis) {
        if (!plans.markSolved(attempt, PlanJson.write(plan), PlanJson.write(analysis), plan.score(), plan.feasible(),
                plan.placed())) {
            return false;
        }
        PlacementProposals.write(jdbc, attempt.planId(), plan);
        return true;
    }

    public void markFailed(UUID id, String failure) {
        plans.markFailed(id, failure);
    }

    /** A plan taken up again is solved on the travel times of now: the problem and what they are. */
    public void resumedOn(UUID id, PlacementProblemRecord problem, String travelFingerprint) {
        plans.replaceProblem(id, PlanJson.write(problem), travelFingerprint);
    }

    /** The plan with this id, if the scope sees it: a consortium's plan its consortium, a whole-ASL plan the service. */
    public Optional<StoredPlacementPlan> find(AccessScope scope, UUID id) {
        return plans.find(PlanKind.PLACEMENT, id).filter(p -> sees(scope, p.consortium()))
                .map(PlacementPlanRepository::read);
    }

    /** The plan with this id, whoever's it is: for the jobs, which solve every consortium's plans. */
    public Optional<StoredPlacementPlan> find(UUID id) {
        return plans.find(PlanKind.PLACEMENT, id).map(PlacementPlanRepository::read);
    }

    /**
     * The plans the scope sees, newest first, without their documents.
     *
     * @param consortium one consortium's plans only, or null for every plan the scope sees
     */
    public List<StoredPlan> page(AccessScope scope, String consortium, long offset, int limit) {
        String only = only(scope, consortium);
        return only == null && !everything(scope) ? List.of()
                : plans.page(PlanKind.PLACEMENT, only, offset, limit);
    }

    public long count(AccessScope scope, String consortium) {
        String only = only(scope, consortium);
        return only == null && !everything(scope) ? 0 : plans.count(PlanKind.PLACEMENT, only);
    }

    /**
     * The proposals of a solved plan that the scope sees, one per candidate, by consortium and candidate; a
     * candidate erased since is there without an id.
     */
    public List<PlacementProposal> proposals(AccessScope scope, UUID planId) {
        return ScopeSql.bind(jdbc.sql("""
                select plan_id, candidate_id, opportunity_id, consortium_code as consortium, commute_minutes, pinned
                from placement_proposal where plan_id = :plan and """ + ScopeSql.consortium("consortium_code")
                + " order by consortium_code, candidate_id").param("plan", planId), scope)
                .query(PlacementProposal.class).list();
    }

    /** Whether the scope sees a plan of this consortium (null: the whole ASL, the service's and administrators'). */
    private static boolean sees(AccessScope scope, String consortium) {
        return everything(scope) || scope.consortia().equals(consortium);
    }

    private static boolean everything(AccessScope scope) {
        return AccessScope.ALL.equals(scope.consortia());
    }

    /** The consortium whose plans a list shows: the one asked for, within the scope; null for all (the service). */
    private static String only(AccessScope scope, String consortium) {
        if (everything(scope)) {
            return consortium;
        }
        if (scope.consortia().isEmpty() || (consortium != null && !consortium.equals(scope.consortia()))) {
            return null;
        }
        return scope.consortia();
    }

    private static StoredPlacementPlan read(StoredPlan row) {
        return new StoredPlacementPlan(row, PlanJson.read(row.problem(), PlacementProblemRecord.class),
                row.result() == null ? null : PlanJson.read(row.result(), PlacementPlanRecord.class),
                row.analysis() == null ? null : PlanJson.read(row.analysis(), PlacementAnalysisRecord.class));
    }
}
