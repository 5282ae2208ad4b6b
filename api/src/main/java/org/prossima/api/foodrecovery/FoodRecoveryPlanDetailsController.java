package org.prossima.api.foodrecovery;

import java.util.Map;

import org.prossima.api.error.NotFoundException;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PlanAnalysis;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.prossima.solver.foodrecovery.RouteEvaluator;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a plan is made of: its score per constraint, and each route for phones and map tools. */
@RestController
@RequestMapping("/api/v1/food-recovery/plans/{id}")
public class FoodRecoveryPlanDetailsController {

    static final MediaType GPX = MediaType.parseMediaType("application/gpx+xml");
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final StoredPlans plans;
    private final RouteGeometry geometry;

    FoodRecoveryPlanDetailsController(StoredPlans plans, RouteGeometry geometry) {
        this.plans = plans;
        this.geometry = geometry;
    }

    /**
     * The score per constraint with the stops involved, recomputed from the stored plan by the
     * independent evaluator (Timefold CE has no score analysis).
     */
    @GetMapping("/analysis")
    public PlanAnalysisResponse analysis(@PathVariable String id) {
        StoredPlanView plan = plans.view(id);
        FoodRecoveryProblem problem = plans.problemMapper().toSolverProblem(plan.request()).problem();
        PlanAnalysis analysis = PlanAnalyzer.analyze(problem, new RouteEvaluator(problem).evaluate(plan.routeIds()));
        return new PlanAnalysisResponse(plan.stored().id(), plan.stored().status().name(), plan.result().score(),
                analysis.score(), analysis.constraints().stream().map(c -> new PlanAnalysisResponse.ConstraintImpact(
                        c.name(), c.level(), c.impact(), PlanAnalyzer.label(c.name()).toString(),
                        PlanAnalyzer.label(c.name()).toString(), c.matches().stream()
                        .map(m -> new PlanAnalysisResponse.Match(m.vehicleId(), m.stopId(), m.impact())).toList()))
                        .toList());
    }

    @GetMapping("/vehicles/{vehicleId}/route.gpx")
    public ResponseEntity<String> gpx(@PathVariable String id, @PathVariable String vehicleId) {
        StoredPlanView plan = vehicleView(id, vehicleId);
        return ResponseEntity.ok().contentType(GPX).header("Content-Disposition",
                "attachment; filename=\"" + safeFileName(vehicleId) + ".gpx\"")
                .body(RouteGpx.write(plan, vehicleId, geometry.through(plan.routePlaces(vehicleId))));
    }

    @GetMapping("/vehicles/{vehicleId}/route.geojson")
    public ResponseEntity<Map<String, Object>> geoJson(@PathVariable String id, @PathVariable String vehicleId) {
        StoredPlanView plan = vehicleView(id, vehicleId);
        return ResponseEntity.ok().contentType(GEO_JSON)
                .body(RouteGeoJson.write(plan, vehicleId, geometry.through(plan.routePlaces(vehicleId))));
    }

    private StoredPlanView vehicleView(String id, String vehicleId) {
        StoredPlanView plan = plans.view(id);
        boolean known = plan.result().vehicles().stream().anyMatch(v -> v.id().equals(vehicleId));
        if (!known) {
            throw new NotFoundException("Plan '" + id + "' has no vehicle '" + vehicleId + "'",
                    "the vehicle ids are those of the posted problem, listed in the plan's vehicles");
        }
        return plan;
    }

    private static String safeFileName(String vehicleId) {
        return vehicleId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
