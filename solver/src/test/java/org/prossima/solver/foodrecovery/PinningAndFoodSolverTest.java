package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Solving with pinned stops, compartments and skills, checked by the independent evaluator. */
class PinningAndFoodSolverTest {

    @Test
    void pinnedStopsStayAtTheHeadOfTheirRouteWhenThePlanIsSolvedAgain() {
        FoodRecoveryProblem first = RandomInstances.aroundIvrea(11, 25, 3, 400);
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(first, Duration.ofMillis(800));
        // The first two stops of each route are done: pin them and solve again.
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int i = 0; i < first.vehicles().size(); i++) {
            VehicleSpec v = first.vehicles().get(i);
            List<String> done = plan.routes().get(i).stops().stream().limit(2).map(StopPlan::stopId).toList();
            vehicles.add(new VehicleSpec(v.id(), v.capacity(), v.startLocation(), v.endLocation(), v.shiftStart(),
                    v.shiftEnd(), v.maxRouteSeconds(), v.skills(), done));
        }
        FoodRecoveryProblem again = new FoodRecoveryProblem(first.matrix(), vehicles, first.pickups());
        FoodRecoveryPlan replanned = new FoodRecoverySolver().solve(again, Duration.ofMillis(800));

        for (int i = 0; i < vehicles.size(); i++) {
            List<String> route = replanned.routes().get(i).stops().stream().map(StopPlan::stopId).toList();
            assertThat(route).startsWith(vehicles.get(i).pinnedStopIds().toArray(String[]::new));
        }
    }

    /**
     * Late in the day every lot is collected: planning the day again pins them all and leaves nothing to move. Timefold
     * 2.2's random sub-list selector fails when no assigned value is movable; the solve must still end with the
     * routes as pinned.
     */
    @Test
    void aDayWhoseLotsAreAllPinnedIsPlannedAgainAsItIs() {
        // More food than the cars carry: some lots stay uncollected, so the only values left movable are unassigned.
        FoodRecoveryProblem first = RandomInstances.aroundIvrea(12, 12, 2, 60);
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(first, Duration.ofMillis(500));
        assertThat(plan.unassigned()).as("lots the cars cannot carry").isNotEmpty();
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int i = 0; i < first.vehicles().size(); i++) {
            VehicleSpec v = first.vehicles().get(i);
            List<String> done = plan.routes().get(i).stops().stream().map(StopPlan::stopId).toList();
            vehicles.add(new VehicleSpec(v.id(), v.capacity(), v.startLocation(), v.endLocation(), v.shiftStart(),
                    v.shiftEnd(), v.maxRouteSeconds(), v.skills(), done));
        }
        FoodRecoveryProblem again = new FoodRecoveryProblem(first.matrix(), vehicles, first.pickups());
        for (int run = 0; run < 3; run++) {
            FoodRecoveryPlan replanned = new FoodRecoverySolver().solve(again, Duration.ofMillis(400));
            for (int i = 0; i < vehicles.size(); i++) {
                List<String> route = replanned.routes().get(i).stops().stream().map(StopPlan::stopId).toList();
                assertThat(route).startsWith(vehicles.get(i).pinnedStopIds().toArray(String[]::new));
            }
        }
    }

    @Test
    void chilledFoodGoesInTheVanAndPalletsWhereThereIsATailLift() {
        FoodRecoveryProblem base = RandomInstances.aroundIvrea(3, 20, 2, 400);
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 0; i < base.pickups().size(); i++) {
            PickupSpec p = base.pickups().get(i);
            Compartment compartment = i % 3 == 0 ? Compartment.CHILLED : Compartment.AMBIENT;
            Set<String> skills = i % 5 == 0 ? Set.of("TAIL_LIFT") : Set.of();
            pickups.add(new PickupSpec(p.id(), p.location(), p.windows(), p.serviceSeconds(), Math.min(p.kg(), 30),
                    compartment, 0, compartment == Compartment.CHILLED ? 3 : 1, skills));
        }
        VehicleSpec carTemplate = base.vehicles().get(0);
        VehicleSpec vanTemplate = base.vehicles().get(1);
        VehicleSpec car = new VehicleSpec("car", Capacity.ambient(300), carTemplate.startLocation(),
                carTemplate.endLocation(), carTemplate.shiftStart(), carTemplate.shiftEnd(), 0, Set.of(), List.of());
        VehicleSpec van = new VehicleSpec("van", new Capacity(200, 300, 0), vanTemplate.startLocation(),
                vanTemplate.endLocation(), vanTemplate.shiftStart(), vanTemplate.shiftEnd(), 0, Set.of("TAIL_LIFT"),
                List.of());
        FoodRecoveryProblem problem = new FoodRecoveryProblem(base.matrix(), List.of(car, van), pickups);

        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofSeconds(1));

        assertThat(plan.feasible()).isTrue();
        var evaluation = new RouteEvaluator(problem).evaluate(plan.routes().stream()
                .map(r -> r.stops().stream().map(StopPlan::stopId).toList()).toList());
        assertThat(evaluation.violations()).isEmpty();
        List<String> onCar = plan.routes().get(0).stops().stream().map(StopPlan::stopId).toList();
        for (PickupSpec pickup : pickups) {
            if (pickup.compartment() == Compartment.CHILLED || !pickup.requiredSkills().isEmpty()) {
                assertThat(onCar).doesNotContain(pickup.id());
            }
        }
    }
}
