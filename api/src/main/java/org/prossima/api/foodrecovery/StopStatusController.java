package org.prossima.api.foodrecovery;

import jakarta.validation.Valid;
import org.prossima.api.security.Callers;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A volunteer driver's report at a pickup of their route (collected, or not available), or a dispatcher's correction
 * of it. The latest report stands; the plan's and the driver's route answers show it on the stop, and the next plan
 * made again from this one ({@code POST .../replan}) keeps a collected lot on its vehicle and leaves an unavailable
 * one out.
 */
@RestController
public class StopStatusController {

    private final FoodRecoveryPlanReader plans;
    private final StopStatuses statuses;

    StopStatusController(FoodRecoveryPlanReader plans, StopStatuses statuses) {
        this.plans = plans;
        this.statuses = statuses;
    }

    @PostMapping("/api/v1/food-recovery/plans/{id}/stops/{stopId}/status")
    public StopStatusResponse report(@PathVariable String id, @PathVariable String stopId,
            @Valid @RequestBody StopStatusRequest request) {
        StoredFoodRecoveryPlan stored = plans.stored(id);
        return StopStatusResponse.of(statuses.report(Callers.required(), stored, plans.plan(stored), stopId,
                request.status()));
    }
}
