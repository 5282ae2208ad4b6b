package org.prossima.api.demand;

import java.time.Duration;
import java.util.UUID;

import org.prossima.api.solving.SolveControl;
import org.prossima.api.solving.SolveHandler;
import org.prossima.api.solving.SolveJobs;
import org.prossima.data.demand.AllocationPlanRecord;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.AllocationSnapshotRecord;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.publishing.OpportunityPublishing;
import org.prossima.solver.demand.AllocationPlan;
import org.prossima.solver.demand.AllocationSolver;
import org.prossima.solver.territory.TerritoryClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Allocation plans as jobs. The problem (a snapshot of the demand), the status and the best plan so far live in
 * PostgreSQL; whichever instance takes a plan up solves its snapshot. The jobs a plan creates are written when it is
 * solved, with it.
 */
@Service
public class AllocationJobs implements SolveHandler {

    private static final Logger log = LoggerFactory.getLogger(AllocationJobs.class);

    private final AllocationPlanRepository plans;
    private final OpportunityPublishing publishing;
    private final TransactionTemplate transaction;
    private final AllocationSolver solver = new AllocationSolver();
    private final SolveJobs jobs;

    public AllocationJobs(AllocationPlanRepository plans, OpportunityPublishing publishing,
            TransactionTemplate transaction, @Lazy SolveJobs jobs) {
        this.plans = plans;
        this.publishing = publishing;
        this.transaction = transaction;
        this.jobs = jobs;
    }

    @Override
    public PlanKind kind() {
        return PlanKind.ALLOCATION;
    }

    /** Stores the snapshot as a new plan and queues it; nothing is stored when the programme's queue is full. */
    public UUID submit(AllocationSnapshotRecord snapshot, int seconds) {
        jobs.admit(kind(), null, null);
        AllocationMapper mapper = new AllocationMapper(snapshot);
        UUID id = plans.create(snapshot, seconds, mapper.lotCount(), mapper.travelFingerprint());
        jobs.enqueue(kind(), id);
        return id;
    }

    @Override
    public Found solve(SolveAttempt attempt, SolveControl control) {
        UUID id = attempt.planId();
        StoredAllocationPlan stored = plans.find(id).orElseThrow(() -> new IllegalStateException("no plan " + id));
        AllocationMapper mapper = new AllocationMapper(stored.problem());
        var problem = mapper.problem();
        int seconds = stored.timeLimitSeconds();
        log.info("Solving allocation plan {}: {} lots, {} cooperatives, {} s", id, problem.lots().size(),
                problem.cooperatives().size(), seconds);
        AllocationPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            control.progress(() -> plans.saveProgress(attempt, mapper.record(best)));
        }, control.signal());
        AllocationPlanRecord record = mapper.record(plan);
        return new Found() {
            @Override
            public boolean storeProgress(SolveAttempt a) {
                return plans.saveProgress(a, record);
            }

            @Override
            public boolean storeSolved(SolveAttempt a) {
                // One transaction: the plan reads SOLVED only once its jobs are placement opportunities too, so
                // placement matching and the catalogue see them as soon as anyone sees the plan solved.
                return Boolean.TRUE.equals(transaction.execute(status -> {
                    if (!plans.markSolved(a, record)) {
                        return false;
                    }
                    publishing.publishCurrentJobs(TerritoryClock.today());
                    return true;
                }));
            }

            @Override
            public boolean storeCancelled(SolveAttempt a) {
                return plans.markCancelled(a, record);
            }

            @Override
            public String score() {
                return plan.score() + ", " + plan.allocatedLots() + " of " + plan.lots() + " lots allocated, "
                        + plan.jobs().size() + " jobs";
            }
        };
    }
}
