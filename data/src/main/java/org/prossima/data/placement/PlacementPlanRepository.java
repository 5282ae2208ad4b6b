package org.prossima.data.placement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.plans.NewPlan;
import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanTable;
import org.prossima.data.plans.StoredPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placement plans, in the plan table ({@link PlanKind#PLACEMENT}, scope = the consortium, null for the whole ASL):
 * the problem as solved, the plan and its analysis in data's records, opaque ids only. When a plan is solved, its
 * proposals are written to {@code placement_proposal} in the same transaction, for the steering board.
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
     * Stores a problem to be solved; its status is SOLVING.
     *
     * @param travelFingerprint what the travel times it is solved on are
     */
    public UUID create(PlacementProblemRecord problem, int timeLimitSeconds, String travelFingerprint) {
        return plans.create(new NewPlan(PlanKind.PLACEMENT, problem.consortium(), null, timeLimitSeconds,
                PlanJson.write(problem), travelFingerprint, problem.candidates().size()));
    }

    /** Records the best plan found so far while solving goes on; nothing once the plan has left SOLVING. */
    public void saveProgress(UUID id, PlacementPlanRecord plan) {
        plans.saveProgress(id, PlanJson.write(plan), plan.score(), plan.feasible(), plan.placed());
    }

    /** The plan is final: stored with its analysis, and its proposals written for the board, all at once. */
    @Transactional
    public void markSolved(UUID id, PlacementPlanRecord plan, PlacementAnalysisRecord analysis) {
        plans.markSolved(id, PlanJson.write(plan), PlanJson.write(analysis), plan.score(), plan.feasible(),
                plan.placed());
        PlacementProposals.write(jdbc, id, plan);
    }

    public void markFailed(UUID id, String failure) {
        plans.markFailed(id, failure);
    }

    /** A plan resumed after a restart is solved on the travel times of now: the problem and what they are. */
    public void resumedOn(UUID id, PlacementProblemRecord problem, String travelFingerprint) {
        plans.replaceProblem(id, PlanJson.write(problem), travelFingerprint);
    }

    public Optional<StoredPlacementPlan> find(UUID id) {
        return plans.find(PlanKind.PLACEMENT, id).map(PlacementPlanRepository::read);
    }

    /** Plans still marked as solving, oldest first: after a restart they are solved again. */
    public List<StoredPlacementPlan> findSolving() {
        return plans.findSolving(PlanKind.PLACEMENT).stream().map(PlacementPlanRepository::read).toList();
    }

    /** Plans of a consortium (every plan when null), newest first, without their documents. */
    public List<StoredPlan> page(String consortium, long offset, int limit) {
        return plans.page(PlanKind.PLACEMENT, consortium, offset, limit);
    }

    public long count(String consortium) {
        return plans.count(PlanKind.PLACEMENT, consortium);
    }

    /** The proposals of a solved plan, one per candidate, by consortium and candidate. */
    public List<PlacementProposal> proposals(UUID planId) {
        return jdbc.sql("""
                select plan_id, candidate_id, opportunity_id, consortium_code as consortium, commute_minutes, pinned
                from placement_proposal where plan_id = :plan order by consortium_code, candidate_id
                """).param("plan", planId).query(PlacementProposal.class).list();
    }

    private static StoredPlacementPlan read(StoredPlan row) {
        return new StoredPlacementPlan(row, PlanJson.read(row.problem(), PlacementProblemRecord.class),
                row.result() == null ? null : PlanJson.read(row.result(), PlacementPlanRecord.class),
                row.analysis() == null ? null : PlanJson.read(row.analysis(), PlacementAnalysisRecord.class));
    }
}
