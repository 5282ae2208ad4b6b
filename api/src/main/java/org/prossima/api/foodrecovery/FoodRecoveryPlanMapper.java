package org.prossima.api.foodrecovery;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Result;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Stop;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.Totals;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.UnassignedReason;
import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.VehicleRoute;
import org.prossima.solver.foodrecovery.FoodRecoveryPlan;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.RoutePlan;
import org.prossima.solver.foodrecovery.StopPlan;
import org.prossima.solver.foodrecovery.UnassignedPickup;
import org.prossima.solver.territory.TerritoryClock;

/** Turns the solver's plan (seconds, metres) into the API's (local times, km, minutes). */
final class FoodRecoveryPlanMapper {

    private FoodRecoveryPlanMapper() {
    }

    /** The plan, with the pickups left out before solving (no road travel times) among the uncollected ones. */
    static Result toResult(MappedProblem mapped, FoodRecoveryPlan plan) {
        FoodRecoveryProblem problem = mapped.problem();
        Map<String, Integer> kgByPickup = problem.pickups().stream()
                .collect(Collectors.toMap(PickupSpec::id, PickupSpec::kg));
        List<VehicleRoute> vehicles = plan.routes().stream().map(FoodRecoveryPlanMapper::route).toList();
        int assigned = plan.routes().stream().mapToInt(r -> r.pickupIds().size()).sum();
        long kgCollected = plan.routes().stream().mapToLong(RoutePlan::collectedKg).sum();
        long kgUnassigned = plan.unassignedPickupIds().stream().mapToLong(kgByPickup::get).sum()
                + mapped.pickupsLeftOut().stream().mapToLong(MappedProblem.PickupLeftOut::kg).sum();
        List<String> unassigned = new ArrayList<>(plan.unassignedPickupIds());
        List<UnassignedReason> reasons = new ArrayList<>();
        plan.unassigned().forEach(u -> reasons.add(reason(u)));
        for (MappedProblem.PickupLeftOut left : mapped.pickupsLeftOut()) {
            unassigned.add(left.why().pickupId());
            reasons.add(reason(left.why()));
        }
        int used = (int) plan.routes().stream().filter(r -> !r.stops().isEmpty()).count();
        Totals totals = new Totals(km(plan.totalDistanceMetres()), minutes(plan.totalTravelSeconds()), used,
                assigned, unassigned.size(), kgCollected, kgUnassigned);
        return new Result(plan.score(), plan.feasible(), plan.travelTimeSource(), plan.travelTimeEstimate(),
                vehicles, totals, unassigned, reasons, mapped.leftOut());
    }

    private static UnassignedReason reason(UnassignedPickup u) {
        return new UnassignedReason(u.pickupId(), u.reason().name(), u.explanation().toString(),
                u.explanation().toString());
    }

    private static VehicleRoute route(RoutePlan route) {
        Function<StopPlan, Stop> stop = s -> new Stop(s.stopId(), s.isDropOff() ? "DROP_OFF" : "PICKUP",
                s.recipientId(), local(s.arrivalTime()), local(s.serviceStart()), local(s.departureTime()),
                s.loadAfterKg(), s.deliveredPickupIds());
        return new VehicleRoute(route.vehicleId(), local(route.departureTime()), local(route.returnTime()),
                km(route.distanceMetres()), minutes(route.travelSeconds()), route.collectedKg(),
                route.deliveredAtEndIds(), route.stops().stream().map(stop).toList());
    }

    private static LocalDateTime local(long epochSecond) {
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), TerritoryClock.ZONE);
    }

    private static double km(long metres) {
        return Math.round(metres / 100.0) / 10.0;
    }

    private static long minutes(long seconds) {
        return Math.round(seconds / 60.0);
    }
}
