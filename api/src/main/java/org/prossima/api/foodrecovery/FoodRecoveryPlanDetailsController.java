package org.prossima.api.foodrecovery;

import java.util.Map;

import org.prossima.api.security.Caller;
import org.prossima.api.security.Callers;
import org.prossima.api.text.Texts;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.security.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a plan is made of: its score per constraint, and each route for phones and map tools. All reads of what was
 * stored when the plan was solved; only the line drawn along the roads between stops is computed, from the road
 * network when there is one. A dispatcher reads every route of their association's plans; a driver only the routes of
 * the vehicles they drive, on the day of the shift and the day before ({@link DriverRoutes}); anything else is not
 * found (404).
 */
@RestController
@RequestMapping("/api/v1/food-recovery/plans/{id}")
public class FoodRecoveryPlanDetailsController {

    static final MediaType GPX = MediaType.parseMediaType("application/gpx+xml");
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final FoodRecoveryPlanReader plans;
    private final FoodRecoveryPlanResponses responses;
    private final RouteGeometry geometry;
    private final Texts texts;
    private final DriverRoutes drivers;

    FoodRecoveryPlanDetailsController(FoodRecoveryPlanReader plans, FoodRecoveryPlanResponses responses,
            RouteGeometry geometry, Texts texts, DriverRoutes drivers) {
        this.plans = plans;
        this.responses = responses;
        this.geometry = geometry;
        this.texts = texts;
        this.drivers = drivers;
    }

    /**
     * The score per constraint with the stops involved, as the independent evaluator found it when the plan was
     * solved (Timefold CE has no score analysis).
     */
    @GetMapping("/analysis")
    public PlanAnalysisResponse analysis(@PathVariable String id) {
        StoredFoodRecoveryPlan stored = plans.stored(id);
        return responses.analysis(stored, plans.plan(stored), plans.analysis(stored));
    }

    @GetMapping("/vehicles/{vehicleId}/route.gpx")
    public ResponseEntity<String> gpx(@PathVariable String id, @PathVariable String vehicleId) {
        PlannedRoute route = route(id, vehicleId);
        return ResponseEntity.ok().contentType(GPX).header("Content-Disposition",
                "attachment; filename=\"" + safeFileName(vehicleId) + ".gpx\"")
                .body(RouteGpx.write(route, geometry.through(route.places()), texts));
    }

    @GetMapping("/vehicles/{vehicleId}/route.geojson")
    public ResponseEntity<Map<String, Object>> geoJson(@PathVariable String id, @PathVariable String vehicleId) {
        PlannedRoute route = route(id, vehicleId);
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body(RouteGeoJson.write(route, geometry.through(route.places())));
    }

    private PlannedRoute route(String id, String vehicleId) {
        StoredFoodRecoveryPlan stored = plans.stored(id);
        Caller caller = Callers.required();
        if (caller.is(Role.DRIVER) && !drivers.drives(caller, stored, vehicleId)) {
            throw DriverRoutes.notYours(id, vehicleId);
        }
        FoodRecoveryPlanRecord plan = plans.plan(stored);
        RouteRecord route = PlannedRoute.route(plan, id, vehicleId);
        return new PlannedRoute(plans.problem(stored), plan, route);
    }

    private static String safeFileName(String vehicleId) {
        return vehicleId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
