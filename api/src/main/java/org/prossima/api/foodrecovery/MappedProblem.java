package org.prossima.api.foodrecovery;

import java.util.List;

import org.prossima.api.foodrecovery.FoodRecoveryPlanResponse.LeftOut;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;
import org.prossima.solver.foodrecovery.UnassignedPickup;

/**
 * A posted problem as the solver gets it, and what was left out of it because its place has no road travel times.
 *
 * @param problem           what the solver plans: every vehicle, pickup and recipient whose places can be routed
 * @param pickupsLeftOut    pickups left out (their place, or every recipient they may go to, has no travel times),
 *                          each with its reason and kg, reported as uncollected
 * @param leftOut           every pickup, recipient and vehicle left out because its own place (or depot) has no road
 *                          travel times, with the reason
 */
record MappedProblem(FoodRecoveryProblem problem, List<PickupLeftOut> pickupsLeftOut, List<LeftOut> leftOut) {

    MappedProblem {
        pickupsLeftOut = List.copyOf(pickupsLeftOut);
        leftOut = List.copyOf(leftOut);
    }

    record PickupLeftOut(UnassignedPickup why, int kg) {
    }
}
