package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.solver.text.Text;

/** Tiny instance: depot 0, donors at 1 (600 s away) and 2 (900 s away). */
class UnassignedReasonsTest {

    private static final VehicleSpec CAR = new VehicleSpec("car", Capacity.ambient(100), 0, 0, 0, 3600, 0, Set.of(),
            List.of());
    private static final VehicleSpec VAN = new VehicleSpec("van", new Capacity(50, 100, 0), 0, 0, 0, 3600, 0,
            Set.of("TAIL_LIFT"), List.of());

    private static PickupSpec lot(Compartment compartment, int kg, long windowEnd, long maxOnBoard, Set<String> skills) {
        return new PickupSpec("p", 2, List.of(new TimeWindow(0, windowEnd)), 300, kg, compartment, maxOnBoard, 1,
                skills);
    }

    private static UnassignedPickup explain(PickupSpec pickup, VehicleSpec... vehicles) {
        return new UnassignedReasons(problem(List.of(vehicles), pickup)).explain(pickup);
    }

    @Test
    void aPickupOffTheRoadNetworkSaysWhatWasFound() {
        Text why = Text.of("travel.unroutable.NO_ROAD_NEARBY", Text.of("travel.by.van"), 500);
        UnassignedPickup left = UnassignedReasons.unroutable("p", why);

        assertThat(left.reason()).isEqualTo(UnassignedReason.UNROUTABLE);
        assertThat(left.explanation()).isEqualTo(Text.of("foodrecovery.unassigned.UNROUTABLE", why));
    }

    @Test
    void frozenFoodWithoutAnyFreezer() {
        assertThat(explain(lot(Compartment.FROZEN, 10, 3600, 0, Set.of()), CAR, VAN).explanation())
                .isEqualTo(Text.of("foodrecovery.unassigned.NO_COMPARTMENT", Text.of("foodrecovery.compartment.FROZEN")));
    }

    @Test
    void palletsNeedATailLiftOnAVehicleThatCanCarryThem() {
        assertThat(explain(lot(Compartment.AMBIENT, 10, 3600, 0, Set.of("TAIL_LIFT", "PALLET_JACK")), CAR)
                .explanation()).isEqualTo(Text.of("foodrecovery.unassigned.NO_SKILL", "PALLET_JACK, TAIL_LIFT"));
    }

    @Test
    void heavierThanAnySuitableVehicle() {
        // the van's ambient and chilled space together take 150 kg
        assertThat(explain(lot(Compartment.AMBIENT, 160, 3600, 0, Set.of()), CAR, VAN).explanation())
                .isEqualTo(Text.of("foodrecovery.unassigned.TOO_HEAVY", 160));
    }

    @Test
    void theDonorClosesBeforeAnyVehicleCanGetThere() {
        // both vehicles fail this check, of two
        assertThat(explain(lot(Compartment.AMBIENT, 10, 800, 0, Set.of()), CAR, VAN).explanation())
                .isEqualTo(Text.of("foodrecovery.unassigned.NO_WINDOW_REACHABLE", 2, 2));
    }

    @Test
    void tooFarForFoodThatKeepsOnlyAQuarterOfAnHour() {
        assertThat(explain(lot(Compartment.CHILLED, 10, 3600, 600, Set.of()), CAR, VAN).explanation())
                .isEqualTo(Text.of("foodrecovery.unassigned.PERISHABILITY", 10));
    }

    @Test
    void aVehicleCouldTakeItAloneSoTheFleetIsFull() {
        var explanation = new UnassignedReasons(problem(List.of(CAR, VAN), lot(Compartment.AMBIENT, 10, 3600, 0,
                Set.of()))).explain(lot(Compartment.AMBIENT, 10, 3600, 0, Set.of()));
        assertThat(explanation.reason()).isEqualTo(UnassignedReason.FLEET_FULL);
        assertThat(explanation.explanation()).isEqualTo(Text.of("foodrecovery.unassigned.FLEET_FULL", 2));
    }

    @Test
    void everyUnassignedPickupOfASolvedPlanCarriesAReason() {
        FoodRecoveryProblem problem = RandomInstances.aroundIvrea(5, 30, 2, 150);
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofMillis(500));
        assertThat(plan.unassignedPickupIds()).isNotEmpty();
        assertThat(plan.unassigned()).extracting(UnassignedPickup::pickupId)
                .containsExactlyElementsOf(plan.unassignedPickupIds());
        assertThat(plan.unassigned()).allSatisfy(u -> assertThat(u.explanation().key()).isEqualTo(u.reason().key()));
    }
}
