package org.prossima.api.placement.plan;

import org.prossima.api.error.NotFoundException;
import org.prossima.api.placement.UuidParam;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.springframework.stereotype.Component;

/** Reads a stored placement plan by the id a request gives, answering 404 for one that is not a plan's. */
@Component("placementStoredPlans")
class StoredPlans {

    private final PlacementPlanRepository plans;

    StoredPlans(PlacementPlanRepository plans) {
        this.plans = plans;
    }

    StoredPlacementPlan stored(String id) {
        return UuidParam.parse(id).flatMap(plans::find).orElseThrow(() -> new NotFoundException(
                "No placement plan with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST /api/v1/placement/plans"));
    }
}
