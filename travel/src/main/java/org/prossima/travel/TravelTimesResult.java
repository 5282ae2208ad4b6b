package org.prossima.travel;

import java.util.List;
import java.util.Objects;

import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.travel.Unroutable;

/**
 * Travel times between the locations asked for, by their indexes, and those that have none.
 *
 * @param matrix     over every location asked for; {@link TravelTimeMatrix#routable} is false for the unroutable
 *                   ones, whose figures are never filled in with a guess
 * @param unroutable the locations without travel times, by increasing index, each with the reason
 */
public record TravelTimesResult(TravelTimeMatrix matrix, List<Unroutable> unroutable) {

    public TravelTimesResult {
        Objects.requireNonNull(matrix, "matrix");
        unroutable = List.copyOf(unroutable);
    }
}
