package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prossima.solver.foodrecovery.TinyInstance.problem;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

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

    private static UnassignedReason reason(PickupSpec pickup, VehicleSpec... vehicles) {
        return new UnassignedReasons(problem(List.of(vehicles), pickup)).explain(pickup).reason();
    }

    @Test
    void aPickupOffTheRoadNetworkSaysWhatWasFound() {
        UnassignedPickup left = UnassignedReasons.unroutable("p", "la strada più vicina è a 812 m",
                "the nearest road is 812 m away");

        assertThat(left.reason()).isEqualTo(UnassignedReason.UNROUTABLE);
        assertThat(left.explanationIt()).isEqualTo("Non raggiungibile sulla rete stradale: la strada più vicina è a "
                + "812 m. Nessun tempo di viaggio, quindi nessun veicolo viene mandato; il piano prosegue senza questo"
                + " ritiro.");
        assertThat(left.explanationEn()).startsWith("Not reachable on the road network: the nearest road is 812 m "
                + "away.");
    }

    @Test
    void frozenFoodWithoutAnyFreezer() {
        assertThat(reason(lot(Compartment.FROZEN, 10, 3600, 0, Set.of()), CAR, VAN))
                .isEqualTo(UnassignedReason.NO_COMPARTMENT);
    }

    @Test
    void palletsNeedATailLiftOnAVehicleThatCanCarryThem() {
        assertThat(reason(lot(Compartment.AMBIENT, 10, 3600, 0, Set.of("TAIL_LIFT")), CAR))
                .isEqualTo(UnassignedReason.NO_SKILL);
    }

    @Test
    void heavierThanAnySuitableVehicle() {
        // the van's ambient and chilled space together take 150 kg
        assertThat(reason(lot(Compartment.AMBIENT, 160, 3600, 0, Set.of()), CAR, VAN))
                .isEqualTo(UnassignedReason.TOO_HEAVY);
    }

    @Test
    void theDonorClosesBeforeAnyVehicleCanGetThere() {
        assertThat(reason(lot(Compartment.AMBIENT, 10, 800, 0, Set.of()), CAR, VAN))
                .isEqualTo(UnassignedReason.NO_WINDOW_REACHABLE);
    }

    @Test
    void tooFarForFoodThatKeepsOnlyAQuarterOfAnHour() {
        assertThat(reason(lot(Compartment.CHILLED, 10, 3600, 600, Set.of()), CAR, VAN))
                .isEqualTo(UnassignedReason.PERISHABILITY);
    }

    @Test
    void aVehicleCouldTakeItAloneSoTheFleetIsFull() {
        var explanation = new UnassignedReasons(problem(List.of(CAR, VAN), lot(Compartment.AMBIENT, 10, 3600, 0,
                Set.of()))).explain(lot(Compartment.AMBIENT, 10, 3600, 0, Set.of()));
        assertThat(explanation.reason()).isEqualTo(UnassignedReason.FLEET_FULL);
        assertThat(explanation.explanationIt()).startsWith("2 veicoli");
    }

    @Test
    void everyUnassignedPickupOfASolvedPlanCarriesAReason() {
        FoodRecoveryProblem problem = RandomInstances.aroundIvrea(5, 30, 2, 150);
        FoodRecoveryPlan plan = new FoodRecoverySolver().solve(problem, Duration.ofMillis(500));
        assertThat(plan.unassignedPickupIds()).isNotEmpty();
        assertThat(plan.unassigned()).extracting(UnassignedPickup::pickupId)
                .containsExactlyElementsOf(plan.unassignedPickupIds());
        assertThat(plan.unassigned()).allSatisfy(u -> assertThat(u.explanationIt()).isNotBlank());
    }
}
