package org.prossima.solver.placement;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.prossima.solver.travel.Location;

/** Small hand-made placement problems for the tests. */
final class PlacementFixtures {

    static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** Ivrea, Chivasso, Ciriè, Cuorgnè, Lanzo Torinese (comune centroids). */
    static final List<Location> PLACES = List.of(new Location(45.4674, 7.8755), new Location(45.1911, 7.8886),
            new Location(45.2325, 7.6016), new Location(45.3905, 7.6494), new Location(45.2744, 7.4786));

    private PlacementFixtures() {
    }

    static CandidateSpec candidate(String id, String consortium, int place) {
        return new CandidateSpec(id, consortium, place, Set.of("cleaning"), Set.of("it"),
                Mobility.PUBLIC_TRANSPORT_AND_WALKING, 60, 30, WEEKDAYS, MONDAY, Programme.ADI, 3, 6, Set.of(),
                Set.of(), Set.of(), null, Set.of());
    }

    static OpportunitySpec opportunity(String id, int place, int seats) {
        return new OpportunitySpec(id, OpportunityKind.INCLUSION_INTERNSHIP, "host-" + id, place, "cleaning",
                Set.of("cleaning"), Set.of(), Set.of("it"), 20, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                seats, MONDAY, MONDAY.plusMonths(2), 400, null, Set.of());
    }

    static PlacementProblem problem(List<CandidateSpec> candidates, List<OpportunitySpec> opportunities,
            List<TutorSpec> tutors, List<BudgetSpec> budgets, PlacementVariant variant) {
        return new PlacementProblem(PLACES, PlacementProblem.straightLineEstimates(PLACES), candidates,
                opportunities, tutors, budgets, variant);
    }

    static List<CandidateSpec> candidates(int count, String consortium, int place) {
        List<CandidateSpec> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(candidate(consortium + "-" + i, consortium, place));
        }
        return list;
    }

    /** The same problem with other candidates (e.g. with the coordinators' decisions). */
    static PlacementProblem withCandidates(PlacementProblem problem, List<CandidateSpec> candidates) {
        return new PlacementProblem(problem.places(), problem.matrices(), candidates, problem.opportunities(),
                problem.tutors(), problem.budgets(), problem.variant());
    }

    /** Candidate id → opportunity id of the candidates a plan places, in the plan's order. */
    static Map<String, String> assignmentOf(PlacementPlan plan) {
        Map<String, String> assignment = new LinkedHashMap<>();
        plan.matches().forEach(m -> {
            if (m.opportunityId() != null) {
                assignment.put(m.candidateId(), m.opportunityId());
            }
        });
        return assignment;
    }

    /** The plan with another Timefold score, as if the evaluator and Timefold disagreed. */
    static PlacementPlan withSolverScore(PlacementPlan p, String solverScore) {
        return new PlacementPlan(p.variant(), p.score(), solverScore, p.hardScore(), p.mediumScore(), p.softScore(),
                p.feasible(), p.candidates(), p.placed(), p.objective(), p.flowReference(), p.matches(), p.consortia(),
                p.constraints(), p.travelSources(), p.travelEstimate());
    }
}
