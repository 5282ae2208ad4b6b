package org.prossima.solver.placement.demo;

import java.util.List;

import org.prossima.solver.travel.Location;
import org.prossima.solver.placement.BudgetSpec;
import org.prossima.solver.placement.CandidateSpec;
import org.prossima.solver.placement.OpportunitySpec;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementVariant;
import org.prossima.solver.placement.TutorSpec;

/**
 * A generated roster: everything a placement problem needs, plus where each candidate and opportunity is (the comune
 * code) and the hosts, so it can also be stored as demo data.
 *
 * @param places             locations the specs refer to by index: the towns first (in the order given to the
 *                           generator), then one per opportunity (its address near the comune centre)
 * @param candidates         candidates, living at their comune's centroid
 * @param candidateTownCodes the comune code of each candidate, same order
 * @param opportunities      opportunities
 * @param opportunityTownCodes the comune code of each opportunity, same order
 * @param hosts              hosts of the opportunities
 * @param tutors             tutors
 * @param budgets            one monthly budget per consortium
 */
public record Roster(List<Location> places, List<CandidateSpec> candidates, List<String> candidateTownCodes,
        List<OpportunitySpec> opportunities, List<String> opportunityTownCodes, List<Host> hosts,
        List<TutorSpec> tutors, List<BudgetSpec> budgets) {

    public Roster {
        places = List.copyOf(places);
        candidates = List.copyOf(candidates);
        candidateTownCodes = List.copyOf(candidateTownCodes);
        opportunities = List.copyOf(opportunities);
        opportunityTownCodes = List.copyOf(opportunityTownCodes);
        hosts = List.copyOf(hosts);
        tutors = List.copyOf(tutors);
        budgets = List.copyOf(budgets);
    }

    /** The placement problem of this roster with straight-line travel estimates. */
    public PlacementProblem problem(PlacementVariant variant) {
        return new PlacementProblem(places, PlacementProblem.straightLineEstimates(places), candidates, opportunities,
                tutors, budgets, variant);
    }

    /** Total seats of all opportunities. */
    public int seats() {
        return opportunities.stream().mapToInt(OpportunitySpec::seats).sum();
    }
}
