package org.prossima.api.placement;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.api.placement.PlacementSnapshot.PlacementInput;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.roads.TravelTimes;
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
    /** Progress is written at most this often, so a long solve does not flood the database. */
    private static final long PROGRESS_INTERVAL_MILLIS = 1_000;

    private final PlacementPlanRepository plans;
    private final PlacementSnapshots snapshots;
    private final JsonMapper json;
    private final PlacementSolver solver;
    private final TravelTimes travelTimes;
    private final ExecutorService executor;
    private volatile boolean shuttingDown;

    public PlacementJobs(PlacementPlanRepository plans, PlacementSnapshots snapshots, JsonMapper json,
            PlacementSolver solver, PlacementProperties properties, TravelTimes travelTimes) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.json = json;
        this.solver = solver;
        this.travelTimes = travelTimes;
        this.executor = Executors.newFixedThreadPool(Math.max(1, properties.solverThreads()), solverThreads());
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
        executor.execute(() -> solve(id, input, seconds));
    }

    private void solve(UUID id, PlacementInput input, int seconds) {
        AtomicLong lastProgress = new AtomicLong();
        PlacementProblem problem = input.problem();
        List<PlanResult.UnroutablePlace> unroutable = input.unroutable();
        try {
            log.info("Solving placement plan {}: {} candidates, {} opportunities, {} s", id,
                    problem.candidates().size(), problem.opportunities().size(), seconds);
            PlacementPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
                long now = System.currentTimeMillis();
                if (now - lastProgress.get() >= PROGRESS_INTERVAL_MILLIS) {
                    lastProgress.set(now);
                    plans.saveProgress(id, resultJson(best, unroutable), best.score(), best.feasible(),
                            best.placed());
                }
            });
            if (shuttingDown) {
                log.info("Placement plan {} interrupted by shutdown: it will be solved again at the next start", id);
                return;
            }
            plans.markSolved(id, resultJson(plan, unroutable), plan.score(), plan.feasible(), plan.placed());
            log.info("Placement plan {} solved: {}, {} of {} placed", id, plan.score(), plan.placed(),
                    plan.candidates());
        } catch (RuntimeException e) {
            if (shuttingDown) {
                return;
            }
            // The solver holds opaque ids only, so its stack trace names no person.
            log.error("Placement plan {} failed", id, e);
            plans.markFailed(id, "the solver stopped with an error: " + e.getClass().getSimpleName());
        }
    }

    private String resultJson(PlacementPlan plan, List<PlanResult.UnroutablePlace> unroutable) {
        return json.writeValueAsString(PlanResult.of(plan, unroutable));
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        shuttingDown = true;
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static ThreadFactory solverThreads() {
        return Thread.ofPlatform().name("placement-solver-", 1).daemon(true).factory();
    }
}
