package org.prossima.api.placement.plan;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.data.placement.PlacementAnalysisRecord;
import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.data.placement.PlacementPlanRecord.UnroutablePlace;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.PlacementProblemRecord;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.travel.TravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Solves placement plans in the background. The problem as solved (a snapshot of the planning data), the status,
 * the best plan so far and, once solved, the plan's analysis live in PostgreSQL: a plan still solving when the
 * service stopped is solved again, on the same snapshot, at the next start. Travel times are fetched when a plan is
 * posted and when it is resumed, never when it is read. Logs name plans and counts, never a person.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE) // after the territory and the demo roster are loaded
class PlacementJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementJobs.class);

    private final PlacementPlanRepository plans;
    private final PlacementSnapshots snapshots;
    private final PlacementSolver solver;
    private final TravelTimes travelTimes;
    private final BackgroundSolves solves;

    PlacementJobs(PlacementPlanRepository plans, PlacementSnapshots snapshots, PlacementSolver solver,
            PlacementProperties properties, TravelTimes travelTimes) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.solver = solver;
        this.travelTimes = travelTimes;
        this.solves = new BackgroundSolves("Placement plan", "placement-solver-", properties.solverThreads(), log);
    }

    /**
     * Takes a snapshot of a consortium's planning data (the whole ASL's when null) as the caller's scope reads it,
     * stores it and starts solving it as the service.
     */
    UUID submit(AccessScope scope, String consortium, int seconds) {
        PlacementProblemRecord problem = snapshots.take(scope, consortium);
        PlanTravel travel = PlanTravel.of(problem, travelTimes);
        UUID id = plans.create(problem, seconds, travel.fingerprint());
        PlacementProblemRecord stored = plans.withoutErased(id, problem);
        schedule(id, stored == problem ? travel : PlanTravel.of(stored, travelTimes), seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished, on the travel times of now. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredPlacementPlan stored : plans.findSolving()) {
            UUID id = stored.row().id();
            try {
                PlanTravel travel = PlanTravel.of(stored.problem(), travelTimes);
                if (!Objects.equals(travel.fingerprint(), stored.row().travelFingerprint())) {
                    plans.resumedOn(id, stored.problem(), travel.fingerprint());
                    log.info("Placement plan {}: the travel times changed since it was posted", id);
                }
                schedule(id, travel, stored.row().timeLimitSeconds());
                log.info("Placement plan {} was unfinished at the last stop: solving it again", id);
            } catch (RuntimeException e) {
                plans.markFailed(id, "the stored problem could not be solved again: " + e.getClass().getSimpleName());
            }
        }
    }

    private void schedule(UUID id, PlanTravel travel, int seconds) {
        solves.schedule(id, progress -> solve(id, travel, seconds, progress), reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, PlanTravel travel, int seconds, BackgroundSolves.Progress progress) {
        List<UnroutablePlace> unroutable = travel.unroutable();
        log.info("Solving placement plan {}: {} candidates, {} opportunities, {} s", id,
                travel.problem().candidates().size(), travel.problem().opportunities().size(), seconds);
        // The solver holds opaque ids only, so a failure's stack trace names no person.
        PlacementPlan plan = solver.solve(travel.problem(), Duration.ofSeconds(seconds), best -> {
            if (progress.due()) {
                plans.saveProgress(id, PlacementPlanRecord.of(best, unroutable));
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        plans.markSolved(id, PlacementPlanRecord.of(plan, unroutable), PlacementAnalysisRecord.of(plan));
        log.info("Placement plan {} solved: {}, {} of {} placed", id, plan.score(), plan.placed(),
                plan.candidates());
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.shutdown();
    }
}
