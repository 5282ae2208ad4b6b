package org.prossima.solver.foodrecovery;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.solver.equity.Spread;

/**
 * The steering board's baseline for how evenly food reaches people: every lot of the day taken, as volunteers would
 * without a plan, to the nearest charity that may receive it (one it is meant for, or any that stores its kind of
 * food), the next nearest once a charity's day capacity is full. Routes, vehicles and windows are ignored — it is a
 * way of sharing, not a plan — so a plan can be compared with it on fairness alone: kg received per person served,
 * spread over the charities feeding someone.
 */
public final class NearestCharityBaseline {

    private NearestCharityBaseline() {
    }

    public static Spread kgPerPerson(FoodRecoveryProblem problem) {
        Map<String, Long> received = new HashMap<>();
        for (PickupSpec pickup : problem.pickups()) {
            List<RecipientSpec> candidates = problem.recipients().stream()
                    .filter(r -> pickup.recipientIds().isEmpty() ? r.accepts().contains(pickup.compartment())
                            : pickup.recipientIds().contains(r.id()))
                    .filter(r -> problem.matrix().routable(pickup.location()) && problem.matrix().routable(r.location()))
                    .sorted(Comparator.comparingLong((RecipientSpec r) -> problem.matrix().travelSeconds(
                            pickup.location(), r.location())).thenComparing(RecipientSpec::id))
                    .toList();
            for (RecipientSpec recipient : candidates) {
                long already = received.getOrDefault(recipient.id(), 0L);
                if (recipient.capacityKg() == 0 || already + pickup.kg() <= recipient.capacityKg()) {
                    received.put(recipient.id(), already + pickup.kg());
                    break;
                }
            }
        }
        return Spread.of(problem.recipients().stream().filter(r -> r.peopleServed() > 0)
                .mapToDouble(r -> (double) received.getOrDefault(r.id(), 0L) / r.peopleServed()).toArray());
    }
}
