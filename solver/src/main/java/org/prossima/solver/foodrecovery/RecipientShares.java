package org.prossima.solver.foodrecovery;

import java.util.HashMap;
import java.util.Map;

import org.prossima.solver.equity.Spread;

/**
 * The equity figure of a food-recovery plan: the kilograms each charity receives per person it feeds, and their
 * spread over the charities ({@link Spread}; charities feeding nobody, such as hubs, are left out, and a charity that
 * receives nothing counts with 0 kg per person).
 */
final class RecipientShares {

    private RecipientShares() {
    }

    static Spread kgPerPerson(FoodRecoveryProblem problem, Iterable<RoutePlan> routes) {
        Map<String, Integer> kgOfPickup = new HashMap<>();
        problem.pickups().forEach(p -> kgOfPickup.put(p.id(), p.kg()));
        Map<String, Long> received = new HashMap<>();
        for (RoutePlan route : routes) {
            for (StopPlan stop : route.stops()) {
                if (stop.isDropOff()) {
                    for (String pickup : stop.deliveredPickupIds()) {
                        received.merge(stop.recipientId(), (long) kgOfPickup.getOrDefault(pickup, 0), Long::sum);
                    }
                }
            }
        }
        return Spread.of(problem.recipients().stream().filter(r -> r.peopleServed() > 0)
                .mapToDouble(r -> (double) received.getOrDefault(r.id(), 0L) / r.peopleServed()).toArray());
    }
}
