package org.prossima.solver.foodrecovery;

import org.prossima.solver.text.Text;

/**
 * Kinds of surplus food, with the compartment they travel in, how long they may stay on board
 * (from leaving the donor to delivery) and how much worse it is to leave a kg of them behind.
 * These are Prossima's conservative defaults, not regulations; a request may set its own limit
 * for a lot. Each has a name for people under {@link #label()}.
 */
public enum FoodCategory {
    DRY_GOODS(Compartment.AMBIENT, 0, 1),
    BREAD_BAKERY(Compartment.AMBIENT, 0, 2),
    FRUIT_VEGETABLES(Compartment.AMBIENT, 6 * 60, 2),
    DAIRY(Compartment.CHILLED, 4 * 60, 3),
    MEAT_FISH(Compartment.CHILLED, 2 * 60, 4),
    COOKED_MEALS(Compartment.CHILLED, 2 * 60, 4),
    FROZEN(Compartment.FROZEN, 4 * 60, 3);

    private final Compartment compartment;
    private final int maxMinutesOnBoard;
    private final int perishabilityWeight;

    FoodCategory(Compartment compartment, int maxMinutesOnBoard, int perishabilityWeight) {
        this.compartment = compartment;
        this.maxMinutesOnBoard = maxMinutesOnBoard;
        this.perishabilityWeight = perishabilityWeight;
    }

    /** The category's name for people: key {@code foodrecovery.category.<CATEGORY>}. */
    public Text label() {
        return Text.of("foodrecovery.category." + name());
    }

    public Compartment compartment() {
        return compartment;
    }

    /** 0 when the food keeps for the whole day. */
    public int maxMinutesOnBoard() {
        return maxMinutesOnBoard;
    }

    public int perishabilityWeight() {
        return perishabilityWeight;
    }
}
