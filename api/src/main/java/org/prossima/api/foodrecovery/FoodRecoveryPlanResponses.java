package org.prossima.api.foodrecovery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.LeftOut;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Solution;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Stop;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Totals;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.UnassignedReason;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.api.solving.PlanSolving;
import org.prossima.api.text.Texts;
import org.prossima.data.foodrecovery.FoodRecoveryAnalysisRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.RouteRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.StopRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.data.foodrecovery.StopStatusRecord;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.solver.equity.Spread;
import org.prossima.solver.foodrecovery.PlanAnalyzer;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.stereotype.Component;

/**
 * Stored plans as the API shows them: local times, km and minutes instead of epoch seconds and metres, and every
 * text rendered in the request's language.
 */
@Component
class FoodRecoveryPlanResponses {

    private final Texts texts;
    private final PlanSolving solving;
    private final StopStatuses statuses;

    FoodRecoveryPlanResponses(Texts texts, PlanSolving solving, StopStatuses statuses) {
        this.texts = texts;
        this.solving = solving;
        this.statuses = statuses;
    }

    FoodRecoveryPlanResponse plan(StoredFoodRecoveryPlan stored) {
        Map<String, String> drivers = new HashMap<>();
        stored.problem().ifPresent(problem -> problem.vehicles().stream().filter(v -> v.driver() != null)
                .forEach(v -> drivers.put(v.id(), v.driver())));
        Map<String, StopStatusRecord> reported = stored.plan().isPresent() ? statuses.of(stored) : Map.of();
        Solution solution = stored.plan().map(plan -> solution(plan, drivers, reported)).orElse(null);
        return new FoodRecoveryPlanResponse(stored.id(), stored.status().name(), solution, stored.failure(),
                stored.createdAt(), stored.solvedAt(), solving.state(stored.row()));
    }

    private Solution solution(FoodRecoveryPlanRecord plan, Map<String, String> drivers,
            Map<String, StopStatusRecord> reported) {
        var t = plan.totals();
        Totals totals = new Totals(km(t.distanceMetres()), minutes(t.travelSeconds()), t.vehiclesUsed(),
                t.pickupsAssigned(), t.pickupsUnassigned(), t.kgCollected(), t.kgUnassigned());
        List<UnassignedReason> reasons = plan.unassigned().stream().filter(u -> u.reason() != null)
                .map(u -> new UnassignedReason(u.pickupId(), u.reason(), texts.render(u.explanation()))).toList();
        List<LeftOut> leftOut = plan.leftOut().stream()
                .map(l -> new LeftOut(l.kind(), l.id(), l.reason(), texts.render(l.explanation()))).toList();
        return new Solution(plan.score(), plan.feasible(), plan.travelTimeSource(), plan.travelTimeEstimate(),
                plan.routes().stream().map(route -> route(route, drivers.get(route.vehicleId()), reported)).toList(),
                totals,
                plan.unassigned().stream().map(UnassignedRecord::pickupId).toList(), reasons, leftOut,
                equity(plan.kgPerPerson(), plan.baselineKgPerPerson()));
    }

    private static FoodRecoveryPlanResponse.Equity equity(Spread kgPerPerson, Spread baseline) {
        return kgPerPerson == null ? null : new FoodRecoveryPlanResponse.Equity(kgPerPerson.count(),
                round(kgPerPerson.coefficientOfVariationPercent(), 10), round(kgPerPerson.min(), 1000),
                round(kgPerPerson.max(), 1000), round(kgPerPerson.gini(), 1000),
                baseline == null ? null : round(baseline.coefficientOfVariationPercent(), 10));
    }

    private static double round(double value, int per) {
        return Math.round(value * per) / (double) per;
    }

    private static VehicleRoute route(RouteRecord route, String driver, Map<String, StopStatusRecord> reported) {
        return new VehicleRoute(route.vehicleId(), driver, local(route.departureTime()), local(route.returnTime()),
                km(route.distanceMetres()), minutes(route.travelSeconds()), route.collectedKg(),
                route.deliveredAtEndIds(), route.stops().stream().map(s -> stop(s, reported)).toList());
    }

    private static Stop stop(StopRecord s, Map<String, StopStatusRecord> reported) {
        return new Stop(s.stopId(), s.isDropOff() ? "DROP_OFF" : "PICKUP", s.recipientId(), local(s.arrivalTime()),
                local(s.serviceStart()), local(s.departureTime()), s.loadAfterKg(), s.deliveredPickupIds(),
                status(s, reported));
    }

    /** What the driver reported at a pickup, null before any report (and for a drop-off). */
    static String status(StopRecord s, Map<String, StopStatusRecord> reported) {
        StopStatusRecord r = s.isDropOff() ? null : reported.get(s.stopId());
        return r == null ? null : r.status().name();
    }

    PlanAnalysisResponse analysis(StoredFoodRecoveryPlan stored, FoodRecoveryPlanRecord plan,
            FoodRecoveryAnalysisRecord analysis) {
        return new PlanAnalysisResponse(stored.id(), stored.status().name(), plan.score(), analysis.score(),
                analysis.constraints().stream().map(c -> new PlanAnalysisResponse.ConstraintImpact(c.name(),
                        c.level(), c.impact(), texts.render(PlanAnalyzer.label(c.name())), c.matches().stream()
                        .map(m -> new PlanAnalysisResponse.Match(m.vehicleId(), m.stopId(), m.impact())).toList()))
                        .toList());
    }

    static LocalDateTime local(long epochSecond) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), TerritoryClock.ZONE);
    }

    static double km(long metres) {
        return Math.round(metres / 100.0) / 10.0;
    }

    private static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }
}
