package org.prossima.api.placement.plan;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.api.placement.plan.PlacementSnapshot.PlacementInput;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.travel.TravelTimes;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves placement plans in the background. The snapshot of the planning data, the status and the
 * best plan so far live in PostgreSQL: a plan still solving when the service stopped is solved
 * again, on the same snapshot, at the next start. Logs name plans and counts, never a person.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE) // after the territory and the demo roster are loaded
public class PlacementJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlacementJobs.class);

    private final PlacementPlanRepository plans;
    private final PlacementSnapshots snapshots;
    private final JsonMapper json;
    private final PlacementSolver solver;
    private final TravelTimes travelTimes;
    private final BackgroundSolves solves;

    public PlacementJobs(PlacementPlanRepository plans, PlacementSnapshots snapshots, JsonMapper json,
            PlacementSolver solver, PlacementProperties properties, TravelTimes travelTimes) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.json = json;
        this.solver = solver;
        this.travelTimes = travelTimes;
        this.solves = new BackgroundSolves("Placement plan", "placement-solver-", properties.solverThreads(), log);
    }

    /** Takes a snapshot of the scope's planning data, stores it and starts solving it. */
    public UUID submit(String consortium, int seconds) {
        PlacementSnapshot snapshot = snapshots.take(consortium);
        PlacementInput problem = snapshot.problem(travelTimes);
        UUID id = plans.create(consortium, seconds, json.writeValueAsString(snapshot), snapshot.candidates().size());
        schedule(id, problem, seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredPlacementPlan stored : plans.findSolving()) {
            try {
                PlacementSnapshot snapshot = json.readValue(stored.problem(), PlacementSnapshot.class);
                schedule(stored.id(), snapshot.problem(travelTimes), stored.timeLimitSeconds());
                log.info("Placement plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be read again: "
                        + e.getClass().getSimpleName());
            }
        }
    }

    private void schedule(UUID id, PlacementInput input, int seconds) {
        solves.schedule(id, progress -> solve(id, input, seconds, progress), reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, PlacementInput input, int seconds, BackgroundSolves.Progress progress) {
        PlacementProblem problem = input.problem();
        List<PlanResult.UnroutablePlace> unroutable = input.unroutable();
        log.info("Solving placement plan {}: {} candidates, {} opportunities, {} s", id,
                problem.candidates().size(), problem.opportunities().size(), seconds);
        // The solver holds opaque ids only, so a failure's stack trace names no person.
        PlacementPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            if (progress.due()) {
                plans.saveProgress(id, resultJson(best, unroutable), best.score(), best.feasible(), best.placed());
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        plans.markSolved(id, resultJson(plan, unroutable), plan.score(), plan.feasible(), plan.placed());
        log.info("Placement plan {} solved: {}, {} of {} placed", id, plan.score(), plan.placed(),
                plan.candidates());
    }

    private String resultJson(PlacementPlan plan, List<PlanResult.UnroutablePlace> unroutable) {
        return json.writeValueAsString(PlanResult.of(plan, unroutable));
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.shutdown();
    }
}
