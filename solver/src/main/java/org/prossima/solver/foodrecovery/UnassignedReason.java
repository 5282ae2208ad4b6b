package org.prossima.solver.foodrecovery;

/**
 * Why a pickup is left uncollected, found by checking it against each vehicle on its own (see
 * {@link UnassignedReasons}). Ordered from "no vehicle could ever take it" to "the fleet is busy". Each has an
 * explanation under {@link #key()}, whose arguments {@link UnassignedReasons} documents.
 */
public enum UnassignedReason {
    /**
     * The donor's place, or every recipient the food may go to, is not on the road network (no road near it, or cut
     * off from the others): without travel times no vehicle is sent there. Given by the service, which leaves such
     * pickups out of the problem ({@link UnassignedReasons#unroutable}).
     */
    UNROUTABLE,
    /** The food may only go to recipients that cannot store it (e.g. chilled food, no fridge). */
    NO_RECIPIENT,
    /** No vehicle has space of the food's compartment (chilled, frozen). */
    NO_COMPARTMENT,
    /** No vehicle with the compartment has the required skills (e.g. a tail lift). */
    NO_SKILL,
    /** The lot is heavier than any suitable vehicle can carry. */
    TOO_HEAVY,
    /** No suitable vehicle can reach the donor within its windows and be back by the end of its shift. */
    NO_WINDOW_REACHABLE,
    /** Even going straight back, the food would be on board longer than it keeps. */
    PERISHABILITY,
    /** Some vehicle could take it alone, but capacity and time are used by other pickups. */
    FLEET_FULL;

    /** The message key of the explanation: {@code foodrecovery.unassigned.<REASON>}. */
    public String key() {
        return "foodrecovery.unassigned." + name();
    }
}
