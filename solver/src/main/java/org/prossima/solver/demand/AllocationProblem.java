package org.prossima.solver.demand;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Which cooperative takes on which lot.
 *
 * @param places       locations lots and cooperatives refer to by index
 * @param matrix       travel times between {@code places} (car)
 * @param lots         ids unique
 * @param cooperatives ids unique
 */
public record AllocationProblem(List<Location> places, TravelTimeMatrix matrix, List<Lot> lots,
        List<CooperativeSpec> cooperatives) {

    public AllocationProblem {
        places = List.copyOf(places);
        Objects.requireNonNull(matrix, "matrix");
        lots = List.copyOf(lots);
        cooperatives = List.copyOf(cooperatives);
        if (matrix.size() != places.size()) {
            throw new IllegalArgumentException("the matrix has " + matrix.size() + " locations, places has "
                    + places.size());
        }
        Set<String> ids = new HashSet<>();
        for (Lot lot : lots) {
            if (!ids.add(lot.id())) {
                throw new IllegalArgumentException("lot id is not unique: " + lot.id());
            }
            if (lot.place() >= places.size()) {
                throw new IllegalArgumentException("lot " + lot.id() + ": place is not in places");
            }
        }
        ids.clear();
        for (CooperativeSpec cooperative : cooperatives) {
            if (!ids.add(cooperative.id())) {
                throw new IllegalArgumentException("cooperative id is not unique: " + cooperative.id());
            }
            if (cooperative.place() >= places.size()) {
                throw new IllegalArgumentException("cooperative " + cooperative.id() + ": place is not in places");
            }
        }
    }
}
