package org.prossima.api.placement.plan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.prossima.api.solving.SolveControl;
import org.prossima.api.solving.SolveHandler;
import org.prossima.api.solving.SolveJobs;
import org.prossima.data.placement.PlacementAnalysisRecord;
import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.data.placement.PlacementPlanRecord.UnroutablePlace;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.travel.TravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Placement plans as jobs. The problem as solved (a snapshot of the planning data), the status, the best plan so far
 * and, once solved, the plan's analysis live in PostgreSQL; whichever instance takes a plan up solves that snapshot,
 * on the travel times of the moment (recorded with the plan when they changed since it was posted). Travel times are
 * never fetched when a plan is read. Logs name plans and counts, never a person.
 */
@Service
class PlacementJobs implements SolveHandler {

    private static final Logger log = LoggerFactory.getLogger(PlacementJobs.class);

    private final PlacementPlanRepository plans;
    private final PlacementSnapshots snapshots;
    private final PlacementSolver solver;
    private final TravelTimes travelTimes;
    private final SolveJobs jobs;

    PlacementJobs(PlacementPlanRepository plans, PlacementSnapshots snapshots, PlacementSolver solver,
            TravelTimes travelTimes, @Lazy SolveJobs jobs) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.solver = solver;
        this.travelTimes = travelTimes;
        this.jobs = jobs;
    }

    @Override
    public PlanKind kind() {
        return PlanKind.PLACEMENT;
    }

    /**
     * Takes a snapshot of a consortium's planning data (the whole ASL's when null) as the caller's scope reads it,
     * stores it and queues it, to be solved as the service. Nothing is stored when the consortium's queue is full.
     */
    UUID submit(AccessScope scope, String consortium, int seconds) {
        jobs.admit(kind(), consortium, null);
        PlacementProblemRecord problem = snapshots.take(scope, consortium);
        PlanTravel travel = PlanTravel.of(problem, travelTimes);
        UUID id = plans.create(problem, seconds, travel.fingerprint());
        plans.withoutErased(id, problem);
        jobs.enqueue(kind(), id);
        return id;
    }

    @Override
    public Found solve(SolveAttempt attempt, SolveControl control) {
        UUID id = attempt.planId();
        StoredPlacementPlan stored = plans.find(id).orElseThrow(() -> new IllegalStateException("no plan " + id));
        PlanTravel travel = PlanTravel.of(stored.problem(), travelTimes);
        if (!Objects.equals(travel.fingerprint(), stored.row().travelFingerprint())) {
            plans.resumedOn(id, stored.problem(), travel.fingerprint());
            log.info("Placement plan {}: the travel times changed since it was posted", id);
        }
        List<UnroutablePlace> unroutable = travel.unroutable();
        int seconds = stored.row().timeLimitSeconds();
        log.info("Solving placement plan {}: {} candidates, {} opportunities, {} s", id,
                travel.problem().candidates().size(), travel.problem().opportunities().size(), seconds);
        // The solver holds opaque ids only, so a failure's stack trace names no person.
        PlacementPlan plan = solver.solve(travel.problem(), Duration.ofSeconds(seconds), best -> {
            control.progress(() -> plans.saveProgress(attempt, PlacementPlanRecord.of(best, unroutable)));
        }, control.signal());
        PlacementPlanRecord result = PlacementPlanRecord.of(plan, unroutable)
                .withEquity(PlanEquity.of(travel.problem(), plan));
        return new Found() {
            @Override
            public boolean storeProgress(SolveAttempt a) {
                return plans.saveProgress(a, result);
            }

            @Override
            public boolean storeSolved(SolveAttempt a) {
                return plans.markSolved(a, result, PlacementAnalysisRecord.of(plan));
            }

            @Override
            public boolean storeCancelled(SolveAttempt a) {
                return plans.markCancelled(a, result);
            }

            @Override
            public String score() {
                return plan.score() + ", " + plan.placed() + " of " + plan.candidates() + " placed";
            }
        };
    }
}
