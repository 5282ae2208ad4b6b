package org.prossima.api.placement;

import java.util.List;

import org.prossima.solver.geo.Location;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;

/**
 * The planning data a plan was solved on, stored with the plan (opaque ids only) so that a plan
 * left unfinished by a restart is solved again on the same data.
 *
 * @param consortium    the scope: a consortium code, or null for the whole ASL
 * @param places        the places the specs refer to by index
 * @param opportunities every opportunity, with the seats taken by candidates outside the scope removed
 * @param tutors        every tutor, likewise with the people outside the scope removed
 * @param budgets       the scope's budgets
 */
record PlacementSnapshot(String consortium, List<Location> places, List<CandidateSpec> candidates,
        List<OpportunitySpec> opportunities, List<TutorSpec> tutors, List<BudgetSpec> budgets) {

    PlacementProblem problem() {
        return new PlacementProblem(places, PlacementProblem.straightLineEstimates(places), candidates,
                opportunities, tutors, budgets, PlacementVariant.FULL);
    }
}
