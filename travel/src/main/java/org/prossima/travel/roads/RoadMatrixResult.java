package org.prossima.travel.roads;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

import org.prossima.solver.travel.Unroutable;

/**
 * A road matrix over the locations that could be routed, and every other location with the reason it could not.
 * Nothing is filled in with a straight line: callers decide what to do without the unroutable ones (a plan goes on
 * without them and says so).
 *
 * @param matrix          figures between the routable locations, in the order of {@code locationIndexes}
 * @param locationIndexes for each matrix index, the index of that location in the list asked for (increasing)
 * @param unroutable      the locations left out, by increasing index
 */
public record RoadMatrixResult(RoadTravelTimeMatrix matrix, List<Integer> locationIndexes,
        List<Unroutable> unroutable) {

    public RoadMatrixResult {
        Objects.requireNonNull(matrix, "matrix");
        locationIndexes = List.copyOf(locationIndexes);
        unroutable = List.copyOf(unroutable);
        if (locationIndexes.size() != matrix.size()) {
            throw new IllegalArgumentException("matrix has " + matrix.size() + " locations but "
                    + locationIndexes.size() + " indexes were given");
        }
    }

    /** True when every location asked for is in the matrix. */
    public boolean allRoutable() {
        return unroutable.isEmpty();
    }

    /** The matrix index of a location asked for, empty if it is unroutable. */
    public OptionalInt matrixIndex(int locationIndex) {
        int at = Collections.binarySearch(locationIndexes, locationIndex);
        return at >= 0 ? OptionalInt.of(at) : OptionalInt.empty();
    }
}
