package org.prossima.solver.demand;

import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Gives {@code lot} to {@code cooperative}, takes {@code kicked} lots away from it (left unserved) to make room and
 * gives it the {@code added} lots that fit in the room left. Timefold records the changes and undoes them itself.
 */
record KickMove(PlanningVariableMetaModel<AllocationSolution, LotAssignment, Cooperative> variable, LotAssignment lot,
        Cooperative cooperative, List<LotAssignment> kicked, List<LotAssignment> added)
        implements Move<AllocationSolution> {

    @Override
    public void execute(MutableSolutionView<AllocationSolution> view) {
        for (LotAssignment other : kicked) {
            view.changeVariable(variable, other, null);
        }
        view.changeVariable(variable, lot, cooperative);
        for (LotAssignment other : added) {
            view.changeVariable(variable, other, cooperative);
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        var entities = new java.util.ArrayList<Object>(kicked.size() + added.size() + 1);
        entities.add(lot);
        entities.addAll(kicked);
        entities.addAll(added);
        return entities;
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return List.of(cooperative);
    }

    @Override
    public String describe() {
        return "KickMove";
    }

    @Override
    public String toString() {
        return lot.getId() + "→" + cooperative + " kicking " + kicked + ", adding " + added;
    }
}
