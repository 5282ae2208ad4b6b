package org.prossima.api.demand;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.prossima.api.demand.AllocationPlanResponse.Result;
import org.springframework.transaction.support.TransactionTemplate;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.CooperativeJobOpportunities;
import org.prossima.data.demand.DemandProperties;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.solver.demand.AllocationPlan;
import org.prossima.solver.demand.AllocationSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves allocation plans in the background. The problem (a snapshot of the demand), the status and the best plan so
 * far live in PostgreSQL: a plan still solving when the service stopped is solved again at the next start. The jobs a
 * plan creates are written when it is solved, with it.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE) // after the territory and the demo are loaded
public class AllocationJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AllocationJobs.class);
    /** Progress is written at most this often, so a long solve does not flood the database. */
    private static final long PROGRESS_INTERVAL_MILLIS = 1_000;

    private final AllocationPlanRepository plans;
    private final CooperativeJobOpportunities jobOpportunities;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final AllocationSolver solver = new AllocationSolver();
    private final ExecutorService executor;
    private volatile boolean shuttingDown;

    public AllocationJobs(AllocationPlanRepository plans, CooperativeJobOpportunities jobOpportunities,
            TransactionTemplate transaction, JsonMapper json, DemandProperties properties) {
        this.jobOpportunities = jobOpportunities;
        this.transaction = transaction;
        this.plans = plans;
        this.json = json;
        this.executor = Executors.newFixedThreadPool(Math.max(1, properties.solverThreads()), solverThreads());
    }

    /** Stores the snapshot as a new plan and starts solving it. */
    public UUID submit(AllocationSnapshot snapshot, int seconds) {
        DemandModel model = new DemandModel(snapshot);
        UUID id = plans.create(json.writeValueAsString(snapshot), seconds, snapshot.joinMinutes(),
                snapshot.maxLotWeeklyHours());
        schedule(id, model, seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredAllocationPlan stored : plans.findSolving()) {
            try {
                AllocationSnapshot snapshot = json.readValue(stored.problem(), AllocationSnapshot.class);
                schedule(stored.id(), new DemandModel(snapshot), stored.timeLimitSeconds());
                log.info("Allocation plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be read again: " + e.getMessage());
            }
        }
    }

    private void schedule(UUID id, DemandModel model, int seconds) {
        executor.execute(() -> solve(id, model, seconds));
    }

    private void solve(UUID id, DemandModel model, int seconds) {
        AtomicLong lastProgress = new AtomicLong();
        try {
            var problem = model.problem();
            log.info("Solving allocation plan {}: {} lots, {} cooperatives, {} s", id, problem.lots().size(),
                    problem.cooperatives().size(), seconds);
            AllocationPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
                long now = System.currentTimeMillis();
                if (now - lastProgress.get() >= PROGRESS_INTERVAL_MILLIS) {
                    lastProgress.set(now);
                    plans.saveProgress(id, json.writeValueAsString(model.result(best)), best.score(), best.feasible());
                }
            });
            if (shuttingDown) {
                log.info("Allocation plan {} interrupted by shutdown: it will be solved again at the next start", id);
                return;
            }
            Result result = model.result(plan);
            String planJson = json.writeValueAsString(result);
            // One transaction: the plan reads SOLVED only once its jobs are placement opportunities too, so
            // placement matching and the catalogue see them as soon as anyone sees the plan solved.
            transaction.executeWithoutResult(status -> {
                plans.markSolved(id, planJson, plan.score(), plan.feasible(), DemandModel.jobsToStore(result));
                jobOpportunities.publishCurrentJobs(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")));
            });
            log.info("Allocation plan {} solved: {}, {} of {} lots allocated, {} jobs", id, plan.score(),
                    plan.allocatedLots(), plan.lots(), plan.jobs().size());
        } catch (RuntimeException e) {
            if (shuttingDown) {
                return;
            }
            log.error("Allocation plan {} failed", id, e);
            plans.markFailed(id, "the solver stopped with an error: " + e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        shuttingDown = true;
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static ThreadFactory solverThreads() {
        return Thread.ofPlatform().name("allocation-solver-", 1).daemon(true).factory();
    }
}
