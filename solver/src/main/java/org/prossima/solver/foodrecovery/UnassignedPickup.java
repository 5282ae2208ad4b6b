package org.prossima.solver.foodrecovery;

/**
 * A pickup left uncollected and why, for coordinators (Italian) and the API (English).
 *
 * @param pickupId      the pickup
 * @param reason        the reason, as computed from the model
 * @param explanationIt the reason in Italian, with figures
 * @param explanationEn the same in English
 */
public record UnassignedPickup(String pickupId, UnassignedReason reason, String explanationIt, String explanationEn) {
}
