package org.prossima.api.placement.plan;

import org.prossima.api.plans.PlanLookup;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.plans.PlanKind;
import org.springframework.stereotype.Component;

/** Reads a stored placement plan by the id a request gives, answering 404 for one that is not a plan's. */
@Component("placementStoredPlans")
class StoredPlans {

    private final PlacementPlanRepository plans;

    StoredPlans(PlacementPlanRepository plans) {
        this.plans = plans;
    }

    StoredPlacementPlan stored(String id) {
        return PlanLookup.find(id, PlanKind.PLACEMENT, plans::find);
    }
}
