package org.prossima.solver.placement;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;

/**
 * The constraints of {@link PlacementVariant#FLOW}: everything but the consortium budgets and the equity term, so
 * the optimum is a minimum-cost flow ({@link FlowOptimum}).
 */
public class FlowVariantConstraints extends PlacementConstraints {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                seats(factory), tutorCapacity(factory), requiredSkills(factory), commuteKnown(factory),
                commuteLimit(factory), hoursAndDays(factory), startWindow(factory), limitations(factory),
                hostToAvoid(factory), rejectedPair(factory),
                unplaced(factory), activityOwed(factory),
                commuteTime(factory), desirableSkills(factory), preferredSector(factory), cost(factory) };
    }
}
