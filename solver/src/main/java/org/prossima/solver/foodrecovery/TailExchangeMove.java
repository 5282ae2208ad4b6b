package org.prossima.solver.foodrecovery;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * 2-opt* between two routes: route {@code a} keeps its pickups before {@code aFrom} and continues with {@code b}'s
 * pickups from {@code bFrom} on; {@code b} keeps its pickups before {@code bFrom} and continues with {@code a}'s
 * tail. Either tail may be empty. Timefold records the list operations and undoes them itself.
 */
record TailExchangeMove(PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable, Vehicle a,
        int aFrom, Vehicle b, int bFrom) implements Move<FoodRecoverySolution> {

    TailExchangeMove {
        if (a == b) {
            throw new IllegalArgumentException("a tail exchange needs two routes: " + a);
        }
    }

    @Override
    public void execute(MutableSolutionView<FoodRecoverySolution> view) {
        int aSize = view.countValues(variable, a);
        int bSize = view.countValues(variable, b);
        // a's tail goes to b's end, then b's original tail (still at bFrom) goes to a's end.
        for (int i = aFrom; i < aSize; i++) {
            view.moveValueBetweenLists(variable, a, aFrom, b, bSize + (i - aFrom));
        }
        for (int i = bFrom; i < bSize; i++) {
            view.moveValueBetweenLists(variable, b, bFrom, a, aFrom + (i - bFrom));
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.of(a, b);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.of();
    }

    @Override
    public String describe() {
        return "TailExchangeMove";
    }

    @Override
    public String toString() {
        return "2-opt* " + a + "[" + aFrom + "..] <-> " + b + "[" + bFrom + "..]";
    }
}
