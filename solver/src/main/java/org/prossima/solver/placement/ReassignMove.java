package org.prossima.solver.placement;

import java.util.ArrayList;
import java.util.List;
import java.util.SequencedCollection;

import ai.timefold.solver.core.preview.api.domain.metamodel.PlanningVariableMetaModel;
import ai.timefold.solver.core.preview.api.move.Move;
import ai.timefold.solver.core.preview.api.move.MutableSolutionView;

/**
 * Gives each placement of {@code placements} the opportunity at the same index of {@code opportunities} (null:
 * left out). One placement is a plain change; a longer list is an ejection chain, where each placement takes the
 * seat the next one gives up. Timefold records the changes and undoes them itself.
 */
record ReassignMove(PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable,
        List<Placement> placements, List<Opportunity> opportunities) implements Move<PlacementSolution> {

    ReassignMove {
        if (placements.size() != opportunities.size() || placements.isEmpty()) {
            throw new IllegalArgumentException("one opportunity (or null) per placement");
        }
    }

    static ReassignMove of(PlanningVariableMetaModel<PlacementSolution, Placement, Opportunity> variable,
            Placement placement, Opportunity opportunity) {
        List<Opportunity> opportunities = new ArrayList<>(1);
        opportunities.add(opportunity);
        return new ReassignMove(variable, List.of(placement), opportunities);
    }

    @Override
    public void execute(MutableSolutionView<PlacementSolution> view) {
        // Last first: each placement gives up its seat before the one before it in the chain takes it.
        for (int i = placements.size() - 1; i >= 0; i--) {
            view.changeVariable(variable, placements.get(i), opportunities.get(i));
        }
    }

    @Override
    public SequencedCollection<Object> getPlanningEntities() {
        return List.copyOf(placements);
    }

    @Override
    public SequencedCollection<Object> getPlanningValues() {
        return opportunities.stream().filter(o -> o != null).map(o -> (Object) o).toList();
    }

    @Override
    public String describe() {
        return "ReassignMove";
    }

    @Override
    public String toString() {
        var text = new StringBuilder();
        for (int i = 0; i < placements.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(placements.get(i).getId()).append("→").append(opportunities.get(i));
        }
        return text.toString();
    }
}
