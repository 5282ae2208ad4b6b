package org.prossima.api.foodrecovery;

import org.prossima.api.error.ConflictException;
import org.prossima.api.plans.PlanLookup;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Reads stored food-recovery plans for the API: 404 for an unknown id and for another association's plan, 409 with a
 * hint for a part a plan does not have (yet). Everything it gives is a read of what was stored when the plan was
 * solved.
 */
@Component
class FoodRecoveryPlanReader {

    private final FoodRecoveryPlanRepository plans;

    FoodRecoveryPlanReader(FoodRecoveryPlanRepository plans) {
        this.plans = plans;
    }

    /** The plan, if the request's scope sees it (its association's); 404 otherwise, as for an unknown id. */
    StoredFoodRecoveryPlan stored(String id) {
        AccessScope scope = AccessScope.current();
        return PlanLookup.find(id, PlanKind.FOOD_RECOVERY, uuid -> plans.find(scope, uuid));
    }

    /** The plan so far; 409 while no solution has been found yet. */
    FoodRecoveryPlanRecord plan(StoredFoodRecoveryPlan stored) {
        return stored.plan().orElseThrow(() -> PlanLookup.notYet(stored.id(), PlanKind.FOOD_RECOVERY,
                stored.status(), "solution"));
    }

    /** The problem as solved; 409 for a plan carried over from an earlier version without its places. */
    FoodRecoveryProblemRecord problem(StoredFoodRecoveryPlan stored) {
        return stored.problem().orElseThrow(() -> new ConflictException(
                "Plan '" + stored.id() + "' was stored by an earlier version without its places",
                "post its problem again to get routes for maps and phones"));
    }

    /**
     * The analysis stored when the plan was solved; 409 while solving, and for a plan carried over from an earlier
     * version that was solved on road travel times (they cannot be had again exactly).
     */
    FoodRecoveryAnalysisRecord analysis(StoredFoodRecoveryPlan stored) {
        plan(stored);
        return stored.analysis().orElseThrow(() -> stored.status() == PlanStatus.SOLVED
                ? new ConflictException("Plan '" + stored.id() + "' was solved by an earlier version on road travel "
                        + "times and has no analysis", "post its problem again to get one; its score and routes stand")
                : PlanLookup.notYet(stored.id(), PlanKind.FOOD_RECOVERY, stored.status(), "analysis"));
    }
}
