package org.prossima.bench.vrptw;

import java.util.ArrayList;
import java.util.List;

import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.PickupSpec;
import org.prossima.solver.foodrecovery.VehicleSpec;
import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;

/**
 * Maps a Solomon instance onto the food-recovery model. Solomon's travel time equals the Euclidean distance; the
 * model works in whole units, so every figure is scaled by {@value #SCALE} and rounded so that a plan feasible in
 * the model is feasible in exact arithmetic: travel times and service times up, due dates down, ready times up.
 * The depot (row 0) is every vehicle's start and end, its window the shift. Pickup ids are the customer numbers.
 */
public final class SolomonModel {

    public static final long SCALE = 1000;

    private SolomonModel() {
    }

    public static FoodRecoveryProblem toProblem(SolomonInstance instance) {
        List<SolomonCustomer> rows = instance.customers();
        int n = rows.size();
        long[][] travel = new long[n][n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                travel[from][to] = up(rows.get(from).distanceTo(rows.get(to)));
            }
        }
        var matrix = new ExplicitTravelTimeMatrix(TravelProfile.VAN, travel, travel,
                "Solomon " + instance.name() + ": Euclidean distance ×" + SCALE
                        + " rounded up, travel time = distance", false);
        SolomonCustomer depot = instance.depot();
        List<VehicleSpec> vehicles = new ArrayList<>();
        for (int v = 1; v <= instance.vehicleCount(); v++) {
            vehicles.add(new VehicleSpec("vehicle-" + v, instance.capacity(), 0, 0, up(depot.readyTime()),
                    down(depot.dueDate())));
        }
        List<PickupSpec> pickups = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            SolomonCustomer c = rows.get(i);
            pickups.add(new PickupSpec(Integer.toString(c.number()), i, up(c.readyTime()), down(c.dueDate()),
                    up(c.serviceTime()), c.demand()));
        }
        return new FoodRecoveryProblem(matrix, vehicles, pickups);
    }

    private static long up(double value) {
        return (long) Math.ceil(value * SCALE);
    }

    private static long down(double value) {
        return (long) Math.floor(value * SCALE);
    }
}
