package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.prossima.solver.equity.Spread;

/**
 * The board's food baseline on the tiny instance (depot 0, places 1 and 2; 1–2 300 s): lots go to the nearest charity
 * that may take them, the next nearest once it is full.
 */
class NearestCharityBaselineTest {

    private static final List<TimeWindow> ALL_DAY = List.of(new TimeWindow(0, 36_000));

    private static PickupSpec lot(String id, int kg, Set<String> recipients) {
        return new PickupSpec(id, 1, ALL_DAY, 300, kg, Compartment.AMBIENT, 0, 1, Set.of(), recipients);
    }

    private static RecipientSpec charity(String id, int location, int capacityKg, Set<Compartment> accepts) {
        return new RecipientSpec(id, location, ALL_DAY, 120, capacityKg, 100, accepts);
    }

    private static FoodRecoveryProblem day(List<PickupSpec> lots, RecipientSpec... charities) {
        VehicleSpec van = new VehicleSpec("v1", new Capacity(200, 200, 0), 0, 0, 0, 36_000, 0, Set.of(), List.of());
        return new FoodRecoveryProblem(TinyInstance.MATRIX, List.of(van), lots, List.of(charities));
    }

    @Test
    void everythingGoesToTheNearestCharitySoTheFarOneGetsNothing() {
        FoodRecoveryProblem problem = day(List.of(lot("a", 40, Set.of()), lot("b", 40, Set.of())),
                charity("NEAR", 1, 0, Set.of(Compartment.AMBIENT)), charity("FAR", 2, 0, Set.of(Compartment.AMBIENT)));
        Spread spread = NearestCharityBaseline.kgPerPerson(problem);
        assertThat(spread.min()).isZero();
        assertThat(spread.max()).isCloseTo(0.8, within(1e-9));
        assertThat(spread.coefficientOfVariationPercent()).isCloseTo(100.0, within(1e-9));
    }

    @Test
    void aFullCharityPassesTheLotOnAndALotMeantForOneGoesThere() {
        FoodRecoveryProblem problem = day(List.of(lot("a", 40, Set.of()), lot("b", 40, Set.of()),
                        lot("c", 20, Set.of("FAR"))),
                charity("NEAR", 1, 50, Set.of(Compartment.AMBIENT)), charity("FAR", 2, 0, Set.of(Compartment.AMBIENT)));
        Spread spread = NearestCharityBaseline.kgPerPerson(problem);
        // NEAR takes a (40), b does not fit (80 > 50) and goes FAR (40), c is FAR's (20): 0.4 and 0.6 kg per person
        assertThat(spread.min()).isCloseTo(0.4, within(1e-9));
        assertThat(spread.max()).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void aCharityWithoutAFridgeGetsNoChilledFood() {
        PickupSpec milk = new PickupSpec("milk", 1, ALL_DAY, 300, 30, Compartment.CHILLED, 0, 1, Set.of(), Set.of());
        FoodRecoveryProblem problem = day(List.of(milk), charity("NEAR", 1, 0, Set.of(Compartment.AMBIENT)),
                charity("FAR", 2, 0, Set.of(Compartment.AMBIENT, Compartment.CHILLED)));
        Spread spread = NearestCharityBaseline.kgPerPerson(problem);
        assertThat(spread.max()).isCloseTo(0.3, within(1e-9));
        assertThat(spread.min()).isZero();
    }
}
