package org.prossima.api.foodrecovery;

import java.util.Optional;
import java.util.UUID;

import org.prossima.api.error.ConflictException;
import org.prossima.api.error.NotFoundException;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Result;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads stored plans back for the API, answering 404 for unknown ids. */
@Component
class StoredPlans {

    private final FoodRecoveryPlanRepository plans;
    private final FoodRecoveryProblemMapper problemMapper;
    private final JsonMapper json;

    StoredPlans(FoodRecoveryPlanRepository plans, FoodRecoveryProblemMapper problemMapper, JsonMapper json) {
        this.plans = plans;
        this.problemMapper = problemMapper;
        this.json = json;
    }

    StoredFoodRecoveryPlan stored(String id) {
        return parseId(id).flatMap(plans::find).orElseThrow(() -> new NotFoundException(
                "No food-recovery plan with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST /api/v1/food-recovery/plans"));
    }

    Optional<Result> result(StoredFoodRecoveryPlan stored) {
        return Optional.ofNullable(stored.plan()).map(plan -> json.readValue(plan, Result.class));
    }

    /** The plan with its problem; 409 while no solution has been found yet. */
    StoredPlanView view(String id) {
        StoredFoodRecoveryPlan stored = stored(id);
        Result result = result(stored).orElseThrow(() -> new ConflictException(
                "Plan '" + id + "' has no solution yet (status " + stored.status() + ")",
                "poll GET /api/v1/food-recovery/plans/" + id + " until it has vehicles"));
        FoodRecoveryProblemRequest request = json.readValue(stored.problem(), FoodRecoveryProblemRequest.class);
        return new StoredPlanView(stored, request, result, problemMapper.depotPlaces(request),
                problemMapper.pickupPlaces(request), problemMapper.recipientPlaces(request));
    }

    FoodRecoveryProblemMapper problemMapper() {
        return problemMapper;
    }

    private static Optional<UUID> parseId(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
