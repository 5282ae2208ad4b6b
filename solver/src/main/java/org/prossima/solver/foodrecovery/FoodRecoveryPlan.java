package org.prossima.solver.foodrecovery;

import java.util.List;

import org.prossima.solver.equity.Spread;

/**
 * A solved food-recovery problem.
 *
 * @param score                 the score in Timefold's text form, e.g. {@code 0hard/0medium/-51234soft}
 * @param hardScore             minus the sum of hard violations (kg over capacity, minutes late): 0 when feasible
 * @param mediumScore           minus the kg left unassigned
 * @param softScore             minus the total travel seconds
 * @param feasible              true when no hard constraint is broken
 * @param routes                one per vehicle, in the problem's order, empty routes included
 * @param unassignedPickupIds   pickups no vehicle collects, in the problem's order
 * @param unassigned            the same pickups, each with the reason computed from the model
 * @param totalTravelSeconds    sum of the routes' travel seconds
 * @param totalDistanceMetres   sum of the routes' distances
 * @param travelTimeSource      where the travel times come from (see the matrix)
 * @param travelTimeEstimate    true when the travel times are not from a road network
 * @param kgPerPersonSpread     equity: how evenly the food reaches the people the charities feed — kg received per
 *                              person served, spread over the charities (coefficient of variation, min, max, Gini)
 * @param baselineKgPerPersonSpread the same for the board's baseline on the same day ({@link NearestCharityBaseline}:
 *                              each lot to the nearest charity that may take it)
 */
public record FoodRecoveryPlan(String score, long hardScore, long mediumScore, long softScore, boolean feasible,
        List<RoutePlan> routes, List<String> unassignedPickupIds, List<UnassignedPickup> unassigned,
        long totalTravelSeconds, long totalDistanceMetres,
        String travelTimeSource, boolean travelTimeEstimate, Spread kgPerPersonSpread,
        Spread baselineKgPerPersonSpread) {

    public FoodRecoveryPlan {
        routes = List.copyOf(routes);
        unassignedPickupIds = List.copyOf(unassignedPickupIds);
        unassigned = List.copyOf(unassigned);
    }
}
