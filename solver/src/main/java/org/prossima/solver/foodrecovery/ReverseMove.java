package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/** Intra-route 2-opt: reverses the pickups at positions {@code from..to} (inclusive) of one route. */
record ReverseMove(PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable, Vehicle vehicle,
        int from, int to) implements Move<FoodRecoverySolution> {

    ReverseMove {
        if (from >= to) {
            throw new IllegalArgumentException("nothing to reverse: " + from + ".." + to);
        }
    }

    @Override
    public void execute(MutableSolutionView<FoodRecoverySolution> view) {
        for (int i = from, j = to; i < j; i++, j--) {
            view.swapValuesInList(variable, vehicle, i, j);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(vehicle);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.of();
    }

    @Override
    public String describe() {
        return "ReverseMove";
    }

    @Override
    public String toString() {
        return "2-opt " + vehicle + "[" + from + ".." + to + "]";
    }
}
