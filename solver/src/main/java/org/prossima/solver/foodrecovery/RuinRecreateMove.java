package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningListVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * One composite ruin-and-recreate step, planned beforehand by {@link RuinRecreateMoveIteratorFactory}: unassign the
 * {@code removed} pickups, then assign the {@code inserted} ones one after the other at the planned positions (each
 * index refers to the route as it is after the previous insertions). A removed pickup that is not inserted again
 * stays unassigned. {@code ruined} are the vehicles the removed pickups came from.
 */
record RuinRecreateMove(PlanningListVariableMetaModel<FoodRecoverySolution, Vehicle, Stop> variable,
        List<Vehicle> ruined, List<Stop> removed, List<Stop> inserted, List<Vehicle> insertedInto, int[] insertedAt)
        implements Move<FoodRecoverySolution> {

    @Override
    public void execute(MutableSolutionView<FoodRecoverySolution> view) {
        for (Stop pickup : removed) {
            view.unassignValue(variable, pickup);
        }
        for (int i = 0; i < inserted.size(); i++) {
            view.assignValueAndAdd(variable, inserted.get(i), insertedInto.get(i), insertedAt[i]);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        var entities = new java.util.LinkedHashSet<Object>(ruined);
        entities.addAll(insertedInto);
        return List.copyOf(entities);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(removed);
        values.addAll(inserted);
        return values;
    }

    @Override
    public String describe() {
        return "RuinRecreateMove";
    }

    @Override
    public String toString() {
        return "ruin " + removed + ", recreate " + inserted;
    }
}
