package org.prossima.solver.foodrecovery;

import java.util.List;

/**
 * The food's journey along one route, as {@link Vehicle#getLoad()} finds it.
 *
 * @param capacityExcessKg            the most kg over capacity at any point of the route
 * @param perishabilityOverrunMinutes minutes (each started minute counts) food spends on board
 *                                    beyond its limit, summed over the lots
 * @param undeliveredKg               kg still on board at the end that may not stay there: lots
 *                                    bound for recipients the route never reaches
 * @param deliveries                  lots handed over at drop-offs
 */
public record RouteLoad(long capacityExcessKg, long perishabilityOverrunMinutes, long undeliveredKg,
        List<Delivery> deliveries) {

    public static final RouteLoad EMPTY = new RouteLoad(0, 0, 0, List.of());

    public RouteLoad {
        deliveries = List.copyOf(deliveries);
    }
}
