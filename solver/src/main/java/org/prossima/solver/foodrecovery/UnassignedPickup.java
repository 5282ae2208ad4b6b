package org.prossima.solver.foodrecovery;

import java.util.Objects;

import org.prossima.solver.text.Text;

/**
 * A pickup left uncollected and why.
 *
 * @param pickupId    the pickup
 * @param reason      the reason, as computed from the model
 * @param explanation the reason with its figures, to be rendered for people: key
 *                    {@code foodrecovery.unassigned.<reason>}
 */
public record UnassignedPickup(String pickupId, UnassignedReason reason, Text explanation) {

    public UnassignedPickup {
        Objects.requireNonNull(pickupId, "pickupId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The pickup, the reason and its explanation under the reason's key. */
    static UnassignedPickup of(String pickupId, UnassignedReason reason, Object... args) {
        return new UnassignedPickup(pickupId, reason, Text.of(reason.key(), args));
    }
}
