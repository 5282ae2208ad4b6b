package org.prossima.solver.foodrecovery;

/**
 * Kinds of surplus food, with the compartment they travel in, how long they may stay on board
 * (from leaving the donor to delivery) and how much worse it is to leave a kg of them behind.
 * These are Prossima's conservative defaults, not regulations; a request may set its own limit
 * for a lot.
 */
public enum FoodCategory {
    DRY_GOODS("Prodotti secchi e in scatola", Compartment.AMBIENT, 0, 1),
    BREAD_BAKERY("Pane e prodotti da forno", Compartment.AMBIENT, 0, 2),
    FRUIT_VEGETABLES("Frutta e verdura", Compartment.AMBIENT, 6 * 60, 2),
    DAIRY("Latticini e prodotti freschi", Compartment.CHILLED, 4 * 60, 3),
    MEAT_FISH("Carne e pesce freschi", Compartment.CHILLED, 2 * 60, 4),
    COOKED_MEALS("Pasti cotti non serviti", Compartment.CHILLED, 2 * 60, 4),
    FROZEN("Surgelati", Compartment.FROZEN, 4 * 60, 3);

    private final String labelIt;
    private final Compartment compartment;
    private final int maxMinutesOnBoard;
    private final int perishabilityWeight;

    FoodCategory(String labelIt, Compartment compartment, int maxMinutesOnBoard, int perishabilityWeight) {
        this.labelIt = labelIt;
        this.compartment = compartment;
        this.maxMinutesOnBoard = maxMinutesOnBoard;
        this.perishabilityWeight = perishabilityWeight;
    }

    public String labelIt() {
        return labelIt;
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
