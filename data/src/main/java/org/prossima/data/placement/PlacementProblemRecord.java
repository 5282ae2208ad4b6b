package org.prossima.data.placement;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * A placement problem as it was solved: the planning data of the scope at one instant (opaque ids only), so that a
 * plan left unfinished by a restart is solved again on the same data. The travel times are not stored: they are
 * fetched again at resume, and the plan's travel fingerprint tells whether they are the same.
 *
 * @param consortium    the scope: a consortium code, or null for the whole ASL
 * @param variant       which terms the model includes ({@link PlacementVariant#FULL} when not given: plans stored
 *                      before it was recorded were all full)
 * @param places        the places the specs refer to by index
 * @param candidates    the scope's candidates, with the coordinators' decisions
 * @param opportunities every opportunity, with the seats taken by people accepted outside the scope removed
 * @param tutors        every tutor, likewise with the people accepted outside the scope removed
 * @param budgets       the scope's budgets
 */
public record PlacementProblemRecord(String consortium, PlacementVariant variant, List<Location> places,
        List<CandidateSpec> candidates, List<OpportunitySpec> opportunities, List<TutorSpec> tutors,
        List<BudgetSpec> budgets) {

    public PlacementProblemRecord {
        variant = variant == null ? PlacementVariant.FULL : variant;
        places = List.copyOf(Objects.requireNonNull(places, "places"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        opportunities = List.copyOf(Objects.requireNonNull(opportunities, "opportunities"));
        tutors = List.copyOf(Objects.requireNonNull(tutors, "tutors"));
        budgets = List.copyOf(Objects.requireNonNull(budgets, "budgets"));
    }

    /** The problem to solve on these travel times (one matrix per profile the candidates' mobility needs). */
    public PlacementProblem problem(Map<TravelProfile, TravelTimeMatrix> matrices) {
        return new PlacementProblem(places, matrices, candidates, opportunities, tutors, budgets, variant);
    }
}
