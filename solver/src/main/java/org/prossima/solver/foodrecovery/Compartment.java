package org.prossima.solver.foodrecovery;

/**
 * Where food travels in a vehicle. Chilled space can also take ambient food (a refrigerated box
 * does no harm to bread); frozen food needs a freezer and a freezer takes only frozen food.
 */
public enum Compartment {
    AMBIENT,
    CHILLED,
    FROZEN
}
