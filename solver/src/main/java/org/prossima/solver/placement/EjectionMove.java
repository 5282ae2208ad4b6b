package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Places {@code candidate} in {@code opportunity}, whose seat {@code displaced} gives up for {@code displacedTo}
 * (another opportunity, possibly the one the candidate leaves, or none). Without a displaced placement it is a
 * plain change. Timefold records the changes and undoes them itself.
 */
record EjectionMove(PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable,
        Placement candidate, Opportunity opportunity, Placement displaced, Opportunity displacedTo)
        implements Move<PlacementSolution> {

    @Override
    public void execute(MutableSolutionView<PlacementSolution> view) {
        if (displaced != null) {
            view.changeVariable(variable, displaced, displacedTo);
        }
        view.changeVariable(variable, candidate, opportunity);
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return displaced == null ? List.of(candidate) : List.of(candidate, displaced);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(2);
        if (opportunity != null) {
            values.add(opportunity);
        }
        if (displacedTo != null) {
            values.add(displacedTo);
        }
        return values;
    }

    @Override
    public String describe() {
        return "EjectionMove";
    }

    @Override
    public String toString() {
        return displaced == null ? candidate.getId() + "→" + opportunity
                : candidate.getId() + "→" + opportunity + " (" + displaced.getId() + "→" + displacedTo + ")";
    }
}
