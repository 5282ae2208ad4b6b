package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;
import org.prossima.api.foodrecovery.FoodRecoveryTravelTimes.Fetched;
import org.prossima.api.solving.BackgroundSolves;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.FoodRecoverySolver;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Solves food-recovery plans in the background. A posted problem is checked, its travel times fetched once, and the
 * problem record stored with what those travel times are; the plan and, once solved, its analysis and deliveries are
 * stored beside it. A plan still solving when the service stopped is solved again at the next start from its stored
 * problem record (never from the request), on travel times fetched again: when they differ from those it was stored
 * with (a new road graph), the log says so and the new ones are recorded.
 */
@Service
@Order(Ordered.LOWEST_PRECEDENCE) // after the territory is loaded
public class FoodRecoveryJobs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FoodRecoveryJobs.class);

    private final FoodRecoveryPlanRepository plans;
    private final TerritoryRepository territory;
    private final FoodRecoveryTravelTimes travelTimes;
    private final FoodRecoverySolver solver = new FoodRecoverySolver();
    private final BackgroundSolves solves;

    FoodRecoveryJobs(FoodRecoveryPlanRepository plans, TerritoryRepository territory,
            FoodRecoveryTravelTimes travelTimes, FoodRecoveryProperties properties) {
        this.plans = plans;
        this.territory = territory;
        this.travelTimes = travelTimes;
        this.solves = new BackgroundSolves("Plan", "food-recovery-solver-", properties.solverThreads(), log);
    }

    /**
     * Checks the problem of {@code association}, its vehicles driven by those {@code drivers} accepts, stores it and
     * starts solving. Nothing is stored when the problem is invalid:
     * {@link org.prossima.api.error.InvalidRequestException} is thrown first.
     */
    public UUID submit(String association, FoodRecoveryProblemRequest request, Predicate<String> drivers,
            int seconds) {
        FoodRecoveryProblemRecord checked = FoodRecoveryRequestCheck.check(request, territory::comune, drivers);
        Fetched travel = travelTimes.fetch(checked);
        FoodRecoveryProblemRecord problem = checked.withTravel(travel.travel());
        UUID id = plans.create(association, problem, seconds);
        schedule(id, problem, travel, seconds);
        return id;
    }

    /** Solves again the plans a previous run of the service left unfinished. */
    @Override
    public void run(ApplicationArguments args) {
        for (StoredFoodRecoveryPlan stored : plans.findSolving()) {
            try {
                resume(stored);
                log.info("Plan {} was unfinished at the last stop: solving it again", stored.id());
            } catch (RuntimeException e) {
                plans.markFailed(stored.id(), "the stored problem could not be solved again: " + e.getMessage());
            }
        }
    }

    private void resume(StoredFoodRecoveryPlan stored) {
        FoodRecoveryProblemRecord problem = stored.problem().orElseThrow(() -> new IllegalStateException(
                "it was carried over from an earlier version without its places; post the problem again"));
        Fetched travel = travelTimes.fetch(problem);
        if (!travel.travel().equals(problem.travel())) {
            String now = travel.travel().fingerprint(problem.travelProfile());
            log.warn("Plan {}: the travel times are not those it was stored with ({} then, {} now, from {}): it is "
                    + "solved on today's, which are recorded with it", stored.id(),
                    Objects.requireNonNullElse(stored.travelFingerprint(), "not recorded"), now,
                    travel.travel().source());
            problem = problem.withTravel(travel.travel());
            plans.replaceTravel(stored.id(), problem);
        }
        schedule(stored.id(), problem, travel, stored.timeLimitSeconds());
    }

    private void schedule(UUID id, FoodRecoveryProblemRecord problem, Fetched travel, int seconds) {
        solves.schedule(id, progress -> solve(id, problem, travel, seconds, progress),
                reason -> plans.markFailed(id, reason));
    }

    private void solve(UUID id, FoodRecoveryProblemRecord record, Fetched travel, int seconds,
            BackgroundSolves.Progress progress) {
        MappedProblem mapped = RoutablePart.of(record, travel.result(), travel.maxSnapMetres());
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
                plans.saveProgress(id, planRecord(record, mapped, best));
            }
        });
        if (solves.interruptedByShutdown(id)) {
            return;
        }
        plans.markSolved(id, record, planRecord(record, mapped, plan),
                FoodRecoveryAnalysisRecord.of(PlanAnalyzer.analyze(problem, plan)));
        log.info("Plan {} solved: {}", id, plan.score());
    }

    private static FoodRecoveryPlanRecord planRecord(FoodRecoveryProblemRecord record, MappedProblem mapped,
            FoodRecoveryPlan plan) {
        return FoodRecoveryPlanRecord.of(plan, record, mapped.pickupsLeftOut(), mapped.leftOut());
    }

    @PreDestroy
    void shutdown() throws InterruptedException {
        solves.shutdown();
    }
}
