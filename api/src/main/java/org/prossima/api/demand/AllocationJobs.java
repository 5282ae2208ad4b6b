package org.prossima.api.demand;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.data.demand.AllocationPlanRecord;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.AllocationSnapshotRecord;
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
    private final AllocationSolver solver = new AllocationSolver();
    private final BackgroundSolves solves;

    public AllocationJobs(AllocationPlanRepository plans, OpportunityPublishing publishing,
            TransactionTemplate transaction, DemandProperties properties) {
        this.plans = plans;
        this.publishing = publishing;
        this.transaction = transaction;
        this.solves = new BackgroundSolves("Allocation plan", "allocation-solver-", properties.solverThreads(), log);
    }

    /** Stores the snapshot as a new plan and starts solving it. */
    public UUID submit(AllocationSnapshotRecord snapshot, int seconds) {
        AllocationMapper mapper = new AllocationMapper(snapshot);
        UUID id = plans.create(snapshot, seconds, mapper.lotCount(), mapper.travelFingerprint());
        schedule(id, mapper, seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredAllocationPlan stored : plans.findSolving()) {
            try {
                schedule(stored.id(), new AllocationMapper(stored.problem()), stored.timeLimitSeconds());
                log.info("Allocation plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be solved again: " + e.getMessage());
            }
        }
    }

    private void schedule(UUID id, AllocationMapper mapper, int seconds) {
        solves.schedule(id, progress -> solve(id, mapper, seconds, progress), reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, AllocationMapper mapper, int seconds, BackgroundSolves.Progress progress) {
        var problem = mapper.problem();
        log.info("Solving allocation plan {}: {} lots, {} cooperatives, {} s", id, problem.lots().size(),
                problem.cooperatives().size(), seconds);
        AllocationPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            if (progress.due()) {
                plans.saveProgress(id, mapper.record(best));
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        AllocationPlanRecord record = mapper.record(plan);
        // One transaction: the plan reads SOLVED only once its jobs are placement opportunities too, so
        // placement matching and the catalogue see them as soon as anyone sees the plan solved.
        transaction.executeWithoutResult(status -> {
            plans.markSolved(id, record);
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
