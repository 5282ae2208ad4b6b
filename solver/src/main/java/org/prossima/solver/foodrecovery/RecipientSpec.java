package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where food is delivered: a charity, a parish, a solidarity shop (emporio solidale) or a
 * cold-storage hub. A vehicle delivers there every lot on board that may go there.
 *
 * @param id             unique among the problem's recipients
 * @param location       index into the problem's travel-time matrix
 * @param windows        when it receives food, in time order, not overlapping; at least one
 * @param serviceSeconds time spent unloading
 * @param capacityKg     how much food it can take in the day; 0 for no limit
 * @param peopleServed   how many people it feeds: its fair share of the food is its share of
 *                       the people; 0 keeps it out of the fair shares (a hub)
 * @param accepts        the compartments it can store (no chilled food without a fridge)
 */
public record RecipientSpec(String id, int location, List<TimeWindow> windows, long serviceSeconds, int capacityKg,
        int peopleServed, Set<Compartment> accepts) {

    public RecipientSpec {
        Checks.requireId(id, "recipient");
        Checks.requireLocation(location, "recipient " + id + ": location");
        windows = Checks.requireWindows(windows, "recipient " + id);
        if (serviceSeconds < 0 || capacityKg < 0 || peopleServed < 0) {
            throw new IllegalArgumentException("recipient " + id + ": serviceSeconds, capacityKg and peopleServed "
                    + "must not be negative: " + serviceSeconds + ", " + capacityKg + ", " + peopleServed);
        }
        accepts = Set.copyOf(Objects.requireNonNull(accepts, "recipient " + id + ": accepts"));
        if (accepts.isEmpty()) {
            throw new IllegalArgumentException("recipient " + id + ": it must accept at least one compartment");
        }
    }
}
