package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Puts food bound for a recipient on a route together with a drop-off where it may be delivered:
 * each stop in {@code stops} is assigned to {@code vehicle} at the matching position (positions
 * refer to the route as it is after the previous insertions). Alone, neither insertion improves
 * the score (food bound for a recipient with no drop-off after it is undelivered; a drop-off with
 * nothing to deliver only adds travel), so local search needs both in one step.
 */
record DeliveryInsertionMove(PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable,
        List<Stop> stops, Vehicle vehicle, int[] positions) implements Move<FoodRecoverySolution> {

    @Override
    public void execute(MutableSolutionView<FoodRecoverySolution> view) {
        for (int i = 0; i < stops.size(); i++) {
            view.assignValueAndAdd(variable, stops.get(i), vehicle, positions[i]);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(vehicle);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.copyOf(stops);
    }

    @Override
    public String describe() {
        return "DeliveryInsertionMove";
    }

    @Override
    public String toString() {
        return "insert " + stops + " into " + vehicle;
    }
}
