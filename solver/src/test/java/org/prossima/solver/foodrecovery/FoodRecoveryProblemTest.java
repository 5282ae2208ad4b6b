package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.prossima.solver.foodrecovery.TinyInstance.MATRIX;
import static org.prossima.solver.foodrecovery.TinyInstance.pickupA;
import static org.prossima.solver.foodrecovery.TinyInstance.vehicle;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.PartialTravelTimeMatrix;

class FoodRecoveryProblemTest {

    @Test
    void rejectsIndexesOutsideTheMatrix() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(MATRIX,
                List.of(new VehicleSpec("v1", 100, 0, 3, 0, 100)), List.of()))
                .withMessage("vehicle v1: endLocation 3 is outside the travel-time matrix, which has 3 locations"
                        + " (indexes 0..2)");
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(MATRIX, List.of(),
                List.of(new PickupSpec("p9", 7, 0, 10, 0, 5))))
                .withMessageContaining("pickup p9: location 7");
    }

    @Test
    void rejectsLocationsWithoutTravelTimes() {
        // location 1 could not be routed: what stands there must be left out before the problem is made
        var partial = PartialTravelTimeMatrix.of(MATRIX, 4, List.of(0, 2, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(partial, List.of(),
                List.of(new PickupSpec("p1", 1, 0, 10, 0, 5))))
                .withMessage("pickup p1: location 1 has no travel times (it could not be routed): leave it out of the"
                        + " problem and report it");
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(partial,
                List.of(new VehicleSpec("v1", 100, 1, 0, 0, 100)), List.of()))
                .withMessageStartingWith("vehicle v1: startLocation 1 has no travel times");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(MATRIX,
                List.of(vehicle("v1", 100, 100), vehicle("v1", 50, 100)), List.of()))
                .withMessage("vehicle id is not unique: v1");
        assertThatIllegalArgumentException().isThrownBy(() -> new FoodRecoveryProblem(MATRIX, List.of(),
                List.of(pickupA(), pickupA())))
                .withMessage("pickup id is not unique: a");
    }

    @Test
    void recordsValidateTheirOwnFields() {
        assertThatIllegalArgumentException().isThrownBy(() -> new VehicleSpec(" ", 10, 0, 0, 0, 1))
                .withMessageContaining("vehicle id must not be blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new VehicleSpec("v", 0, 0, 0, 0, 1))
                .withMessageContaining("all capacities are 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new VehicleSpec("v", 10, 0, 0, 50, 40))
                .withMessageContaining("shiftEnd 40 is before shiftStart 50");
        assertThatIllegalArgumentException().isThrownBy(() -> new PickupSpec("p", -1, 0, 10, 0, 5))
                .withMessageContaining("location must be a matrix index (0 or more): -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new PickupSpec("p", 1, 0, 10, -3, 5))
                .withMessageContaining("serviceSeconds must not be negative: -3");
        assertThatIllegalArgumentException().isThrownBy(() -> new PickupSpec("p", 1, 0, 10, 0, 0))
                .withMessageContaining("kg must be positive: 0");
    }
}
