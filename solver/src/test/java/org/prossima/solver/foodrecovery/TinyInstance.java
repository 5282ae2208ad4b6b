package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;

import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;

/**
 * A hand-made instance with round numbers: location 0 is the depot, 1 and 2 are donors.
 * Travel seconds 0–1: 600, 0–2: 900, 1–2: 300 (both directions); metres are ten times the seconds.
 */
final class TinyInstance {

    static final ExplicitTravelTimeMatrix MATRIX = new ExplicitTravelTimeMatrix(TravelProfile.VAN,
            new long[][] {{0, 600, 900}, {600, 0, 300}, {900, 300, 0}},
            new long[][] {{0, 6000, 9000}, {6000, 0, 3000}, {9000, 3000, 0}},
            "hand-made test figures", false);

    private TinyInstance() {
    }

    static VehicleSpec vehicle(String id, int capacityKg, long shiftEnd) {
        return new VehicleSpec(id, capacityKg, 0, 0, 0, shiftEnd);
    }

    /** Donor at location 1: window [0, 3600], 300 s service, 60 kg. */
    static PickupSpec pickupA() {
        return new PickupSpec("a", 1, 0, 3600, 300, 60);
    }

    /** Donor at location 2: window [1500, 3600], 300 s service, 30 kg. */
    static PickupSpec pickupB() {
        return pickupB(1500, 3600);
    }

    /** Donor at location 2 with the given window, 300 s service, 30 kg. */
    static PickupSpec pickupB(long windowStart, long windowEnd) {
        return new PickupSpec("b", 2, windowStart, windowEnd, 300, 30);
    }

    static FoodRecoveryProblem problem(List<VehicleSpec> vehicles, PickupSpec... pickups) {
        return new FoodRecoveryProblem(MATRIX, vehicles, List.of(pickups));
    }

    /** A solution of the problem with the given pickup ids per vehicle (shadow variables not yet set). */
    static FoodRecoverySolution solution(FoodRecoveryProblem problem, List<List<String>> routes) {
        var solution = FoodRecoverySolution.of(problem);
        for (int i = 0; i < routes.size(); i++) {
            List<Stop> pickups = new ArrayList<>();
            for (String id : routes.get(i)) {
                pickups.add(solution.getStops().stream().filter(p -> p.getId().equals(id)).findFirst()
                        .orElseThrow());
            }
            solution.getVehicles().get(i).getStops().addAll(pickups);
        }
        return solution;
    }
}
