package org.prossima.api.placement.plan;

import org.prossima.api.plans.PlanLookup;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Reads a stored placement plan by the id a request gives, as the caller's scope sees it: 404 for one that is not a
 * plan's, or that is another consortium's (or, for a coordinator, the whole ASL's).
 */
@Component("placementStoredPlans")
class StoredPlans {

    private final PlacementPlanRepository plans;

    StoredPlans(PlacementPlanRepository plans) {
        this.plans = plans;
    }

    StoredPlacementPlan stored(AccessScope scope, String id) {
        return PlanLookup.find(id, PlanKind.PLACEMENT, uuid -> plans.find(scope, uuid));
    }
}
