package org.prossima.api.placement.plan;

import java.util.Optional;

import org.prossima.api.placement.UuidParam;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads stored placement plans back for the API, answering 404 for unknown ids. */
@Component("placementStoredPlans")
class StoredPlans {

    private final PlacementPlanRepository plans;
    private final JsonMapper json;

    StoredPlans(PlacementPlanRepository plans, JsonMapper json) {
        this.plans = plans;
        this.json = json;
    }

    StoredPlacementPlan stored(String id) {
        return UuidParam.parse(id).flatMap(plans::find).orElseThrow(() -> new NotFoundException(
                "No placement plan with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST /api/v1/placement/plans"));
    }

    Optional<PlanResult> result(StoredPlacementPlan stored) {
        return Optional.ofNullable(stored.plan()).map(plan -> json.readValue(plan, PlanResult.class));
    }
}
