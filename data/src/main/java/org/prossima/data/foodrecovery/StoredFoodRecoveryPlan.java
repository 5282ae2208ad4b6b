package org.prossima.data.foodrecovery;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.prossima.data.plans.PlanJson;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.plans.StoredPlan;

/**
 * A food-recovery plan as stored, its documents read into data's records on demand.
 *
 * @param row the plan's row of the shared plan table
 */
public record StoredFoodRecoveryPlan(StoredPlan row) {

    /** {@code problem_format} of a problem stored as a {@link FoodRecoveryProblemRecord}. */
    static final int PROBLEM_RECORD = 2;

    public UUID id() {
        return row.id();
    }

    public PlanStatus status() {
        return row.status();
    }

    public int timeLimitSeconds() {
        return row.timeLimitSeconds();
    }

    public String failure() {
        return row.failure();
    }

    public OffsetDateTime createdAt() {
        return row.createdAt();
    }

    public OffsetDateTime solvedAt() {
        return row.solvedAt();
    }

    /** What the travel times were when it was solved, or null when not known (a plan carried over). */
    public String travelFingerprint() {
        return row.travelFingerprint();
    }

    /**
     * The problem as solved; empty for a plan carried over from an earlier version whose request could not be
     * turned into one (its places were not found again), which is kept as it was posted.
     */
    public Optional<FoodRecoveryProblemRecord> problem() {
        return row.problemFormat() == PROBLEM_RECORD
                ? Optional.of(PlanJson.read(row.problem(), FoodRecoveryProblemRecord.class)) : Optional.empty();
    }

    /** The best plan so far while solving, the plan once solved; empty before the first solution. */
    public Optional<FoodRecoveryPlanRecord> plan() {
        return Optional.ofNullable(row.result()).map(json -> PlanJson.read(json, FoodRecoveryPlanRecord.class));
    }

    /**
     * The score per constraint, once solved; empty before, and for plans carried over whose travel times cannot be
     * had again exactly (road times of an earlier graph).
     */
    public Optional<FoodRecoveryAnalysisRecord> analysis() {
        return Optional.ofNullable(row.analysis()).map(json -> PlanJson.read(json, FoodRecoveryAnalysisRecord.class));
    }
}
