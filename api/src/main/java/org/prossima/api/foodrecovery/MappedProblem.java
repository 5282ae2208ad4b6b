package org.prossima.api.foodrecovery;

import java.util.List;

import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.LeftOutRecord;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRecord.UnassignedRecord;
import org.prossima.solver.foodrecovery.FoodRecoveryProblem;

/**
 * A stored problem as the solver gets it on its travel times, and what was left out of it because its place has no
 * road travel times.
 *
 * @param problem        what the solver plans: every vehicle, pickup and recipient whose places can be routed
 * @param pickupsLeftOut pickups left out (their place, or every recipient they may go to, has no travel times),
 *                       reported as uncollected with the reason {@code UNROUTABLE}
 * @param leftOut        every pickup, recipient and vehicle left out because its own place (or depot) has no road
 *                       travel times, with the reason
 */
record MappedProblem(FoodRecoveryProblem problem, List<UnassignedRecord> pickupsLeftOut, List<LeftOutRecord> leftOut) {

    MappedProblem {
        pickupsLeftOut = List.copyOf(pickupsLeftOut);
        leftOut = List.copyOf(leftOut);
    }
}
