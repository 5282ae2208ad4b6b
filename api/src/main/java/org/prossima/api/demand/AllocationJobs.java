package org.prossima.api.demand;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.prossima.api.demand.AllocationPlanResponse.Result;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.api.text.Texts;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.DemandProperties;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.solver.demand.AllocationPlan;
import org.prossima.solver.demand.AllocationSolver;
import org.prossima.solver.territory.TerritoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
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

    private final AllocationPlanRepository plans;
    private final OpportunityPublishing publishing;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final AllocationSolver solver = new AllocationSolver();
    private final BackgroundSolves solves;
    private final Texts texts;

    public AllocationJobs(AllocationPlanRepository plans, OpportunityPublishing publishing,
            TransactionTemplate transaction, JsonMapper json, DemandProperties properties, Texts texts) {
        this.texts = texts;
        this.publishing = publishing;
        this.transaction = transaction;
        this.plans = plans;
        this.json = json;
        this.solves = new BackgroundSolves("Allocation plan", "allocation-solver-", properties.solverThreads(), log);
    }

    /** Stores the snapshot as a new plan and starts solving it. */
    public UUID submit(AllocationSnapshot snapshot, int seconds) {
        DemandModel model = new DemandModel(snapshot, texts);
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
                schedule(stored.id(), new DemandModel(snapshot, texts), stored.timeLimitSeconds());
                log.info("Allocation plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be read again: " + e.getMessage());
            }
        }
    }

    private void schedule(UUID id, DemandModel model, int seconds) {
        solves.schedule(id, progress -> solve(id, model, seconds, progress), reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, DemandModel model, int seconds, BackgroundSolves.Progress progress) {
        var problem = model.problem();
        log.info("Solving allocation plan {}: {} lots, {} cooperatives, {} s", id, problem.lots().size(),
                problem.cooperatives().size(), seconds);
        AllocationPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            if (progress.due()) {
                plans.saveProgress(id, json.writeValueAsString(model.result(best)), best.score(), best.feasible());
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        Result result = model.result(plan);
        String planJson = json.writeValueAsString(result);
        // One transaction: the plan reads SOLVED only once its jobs are placement opportunities too, so
        // placement matching and the catalogue see them as soon as anyone sees the plan solved.
        transaction.executeWithoutResult(status -> {
            plans.markSolved(id, planJson, plan.score(), plan.feasible(), DemandModel.jobsToStore(result));
            publishing.publishCurrentJobs(TerritoryClock.today());
        });
        log.info("Allocation plan {} solved: {}, {} of {} lots allocated, {} jobs", id, plan.score(),
                plan.allocatedLots(), plan.lots(), plan.jobs().size());
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.shutdown();
    }
}
