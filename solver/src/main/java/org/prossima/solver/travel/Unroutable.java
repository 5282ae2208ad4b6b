package org.prossima.solver.travel;

import java.util.Objects;


/**
 * A location left out of a road matrix, and why.
 *
 * @param index    its position in the list of locations asked for
 * @param location the location as asked for
 * @param reason   the kind of problem
 * @param detail   what was found, for people: e.g. "nearest road open to car is 812 m away, more than the 500 m
 *                 allowed"
 */
public record Unroutable(int index, Location location, UnroutableReason reason, String detail) {

    public Unroutable {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
