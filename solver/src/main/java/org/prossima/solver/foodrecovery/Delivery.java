package org.prossima.solver.foodrecovery;

/** A lot handed over to a recipient at a drop-off. */
public record Delivery(RecipientSpec recipient, String pickupId, int kg) {
}
