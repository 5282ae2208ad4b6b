package org.prossima.api.foodrecovery;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import org.prossima.api.foodrecovery.FoodRecoveryTravelTimes.Fetched;
import org.prossima.api.solving.SolveControl;
import org.prossima.api.solving.SolveHandler;
import org.prossima.api.solving.SolveJobs;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.SolveAttempt;
import org.prossima.data.territory.TerritoryRepository;
import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.FoodRecoverySolver;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Food-recovery plans as jobs. A posted problem is checked, its travel times fetched, and the problem record stored
 * with what those travel times are, QUEUED; whichever instance takes the job up solves it from the stored problem
 * (never from the request), on travel times fetched there: when they differ from those it was stored with (a new
 * road graph), the log says so and the new ones are recorded. Once solved, its analysis and deliveries are stored
 * beside it.
 */
@Service
public class FoodRecoveryJobs implements SolveHandler {

    private static final Logger log = LoggerFactory.getLogger(FoodRecoveryJobs.class);

    private final FoodRecoveryPlanRepository plans;
    private final TerritoryRepository territory;
    private final FoodRecoveryTravelTimes travelTimes;
    private final FoodRecoverySolver solver = new FoodRecoverySolver();
    private final SolveJobs jobs;

    FoodRecoveryJobs(FoodRecoveryPlanRepository plans, TerritoryRepository territory,
            FoodRecoveryTravelTimes travelTimes, @Lazy SolveJobs jobs) {
        this.plans = plans;
        this.territory = territory;
        this.travelTimes = travelTimes;
        this.jobs = jobs;
    }

    @Override
    public PlanKind kind() {
        return PlanKind.FOOD_RECOVERY;
    }

    /**
     * Checks the problem of {@code association}, its vehicles driven by those {@code drivers} accepts, stores it and
     * queues it. Nothing is stored when the problem is invalid
     * ({@link org.prossima.api.error.InvalidRequestException}) or the association's queue is full
     * ({@link org.prossima.api.error.TooManyPlansException}).
     */
    public UUID submit(String association, FoodRecoveryProblemRequest request, Predicate<String> drivers,
            int seconds) {
        return queue(association, FoodRecoveryRequestCheck.check(request, territory::comune, drivers), seconds);
    }

    /**
     * Stores a problem of {@code association} that was checked when it was first posted (one made again from a stored
     * plan: {@link Replanning}), with the travel times of now, and queues it.
     */
    UUID queue(String association, FoodRecoveryProblemRecord checked, int seconds) {
        jobs.admit(kind(), null, association);
        Fetched travel = travelTimes.fetch(checked);
        UUID id = plans.create(association, checked.withTravel(travel.travel()), seconds);
        jobs.enqueue(kind(), id);
        return id;
    }

    @Override
    public Found solve(SolveAttempt attempt, SolveControl control) {
        UUID id = attempt.planId();
        StoredFoodRecoveryPlan stored = plans.find(id).orElseThrow(() -> new IllegalStateException("no plan " + id));
        FoodRecoveryProblemRecord record = stored.problem().orElseThrow(() -> new IllegalStateException(
                "it was carried over from an earlier version without its places; post the problem again"));
        Fetched travel = travelTimes.fetch(record);
        if (!travel.travel().equals(record.travel())) {
            String now = travel.travel().fingerprint(record.travelProfile());
            log.warn("Plan {}: the travel times are not those it was stored with ({} then, {} now, from {}): it is "
                    + "solved on today's, which are recorded with it", id,
                    Objects.requireNonNullElse(stored.travelFingerprint(), "not recorded"), now,
                    travel.travel().source());
            record = record.withTravel(travel.travel());
            plans.replaceTravel(id, record);
        }
        MappedProblem mapped = RoutablePart.of(record, travel.result(), travel.maxSnapMetres());
        FoodRecoveryProblem problem = mapped.problem();
        if (!mapped.leftOut().isEmpty() || !mapped.pickupsLeftOut().isEmpty()) {
            log.info("Plan {}: {} pickups, recipients or vehicles at places without road travel times left out, "
                    + "{} pickups uncollected for that reason or reported not available", id, mapped.leftOut().size(),
                    mapped.pickupsLeftOut().size());
        }
        int seconds = stored.timeLimitSeconds();
        log.info("Solving plan {}: {} pickups, {} vehicles, {} s", id, problem.pickups().size(),
                problem.vehicles().size(), seconds);
        FoodRecoveryProblemRecord solvedRecord = record;
        FoodRecoveryPlan plan = solver.solve(problem, Duration.ofSeconds(seconds), best -> {
            control.progress(() -> plans.saveProgress(attempt, FoodRecoveryPlanRecord.of(best, solvedRecord,
                    mapped.pickupsLeftOut(), mapped.leftOut())));
        }, control.signal());
        FoodRecoveryPlanRecord result = FoodRecoveryPlanRecord.of(plan, record, mapped.pickupsLeftOut(),
                mapped.leftOut());
        return new Found() {
            @Override
            public boolean storeProgress(SolveAttempt a) {
                return plans.saveProgress(a, result);
            }

            @Override
            public boolean storeSolved(SolveAttempt a) {
                return plans.markSolved(a, solvedRecord, result,
                        FoodRecoveryAnalysisRecord.of(PlanAnalyzer.analyze(problem, plan)));
            }

            @Override
            public boolean storeCancelled(SolveAttempt a) {
                return plans.markCancelled(a, result);
            }

            @Override
            public String score() {
                return String.valueOf(plan.score());
            }
        };
    }
}
