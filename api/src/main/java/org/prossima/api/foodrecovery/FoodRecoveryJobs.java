package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.FoodRecoverySolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Solves food-recovery plans in the background. The problem, the status and the best plan so far
 * live in PostgreSQL: a plan still solving when the service stopped is solved again at the next
 * start, so a restart loses nothing.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE) // after the territory is loaded
public class FoodRecoveryJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FoodRecoveryJobs.class);

    private final FoodRecoveryPlanRepository plans;
    private final FoodRecoveryProblemMapper problemMapper;
    private final JsonMapper json;
    private final FoodRecoverySolver solver = new FoodRecoverySolver();
    private final BackgroundSolves solves;

    public FoodRecoveryJobs(FoodRecoveryPlanRepository plans, FoodRecoveryProblemMapper problemMapper,
                            JsonMapper json, FoodRecoveryProperties properties) {
        this.plans = plans;
        this.problemMapper = problemMapper;
        this.json = json;
        this.solves = new BackgroundSolves("Plan", "food-recovery-solver-", properties.solverThreads(), log);
    }

    /**
     * Validates the problem, stores it and starts solving. Nothing is stored when the problem is
     * invalid: {@link org.prossima.api.error.InvalidRequestException} is thrown first.
     */
    public UUID submit(FoodRecoveryProblemRequest request, int seconds) {
        MappedProblem problem = problemMapper.toSolverProblem(request);
        UUID id = plans.create(json.writeValueAsString(request), seconds);
        schedule(id, problem, seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredFoodRecoveryPlan stored : plans.findSolving()) {
            try {
                FoodRecoveryProblemRequest request = json.readValue(stored.problem(), FoodRecoveryProblemRequest.class);
                schedule(stored.id(), problemMapper.toSolverProblem(request), stored.timeLimitSeconds());
                log.info("Plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be read again: " + e.getMessage());
            }
        }
    }

    private void schedule(UUID id, MappedProblem problem, int seconds) {
        solves.schedule(id, progress -> solve(id, problem, seconds, progress), reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, MappedProblem mapped, int seconds, BackgroundSolves.Progress progress) {
        FoodRecoveryProblem problem = mapped.problem();
        if (!mapped.leftOut().isEmpty() || !mapped.pickupsLeftOut().isEmpty()) {
            log.info("Plan {}: {} pickups, recipients or vehicles at places without road travel times left out, "
                    + "{} pickups uncollected for that reason", id, mapped.leftOut().size(),
                    mapped.pickupsLeftOut().size());
        }
        log.info("Solving plan {}: {} pickups, {} vehicles, {} s", id, problem.pickups().size(),
                problem.vehicles().size(), seconds);
        FoodRecoveryPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            if (progress.due()) {
                plans.saveProgress(id, resultJson(mapped, best), best.score(), best.feasible());
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        plans.markSolved(id, resultJson(mapped, plan), plan.score(), plan.feasible());
        log.info("Plan {} solved: {}", id, plan.score());
    }

    private String resultJson(MappedProblem mapped, FoodRecoveryPlan plan) {
        return json.writeValueAsString(FoodRecoveryPlanMapper.toResult(mapped, plan));
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.shutdown();
    }
}
