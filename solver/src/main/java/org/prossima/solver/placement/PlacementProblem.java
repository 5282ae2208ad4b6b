package org.prossima.solver.placement;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * One placement-matching problem: which candidate goes to which opportunity, if any.
 *
 * @param places        the locations that candidates and opportunities refer to by index
 * @param matrices      travel times between {@code places}, one matrix per travel profile the candidates' mobility
 *                      needs ({@link Mobility#travelProfile()})
 * @param candidates    ids unique
 * @param opportunities ids unique
 * @param tutors        ids unique; every tutor an opportunity names must be here
 * @param budgets       at most one per consortium; a consortium without one has no budget limit
 * @param variant       which terms the model includes
 */
public record PlacementProblem(List<Location> places, Map<TravelProfile, TravelTimeMatrix> matrices,
        List<CandidateSpec> candidates, List<OpportunitySpec> opportunities, List<TutorSpec> tutors,
        List<BudgetSpec> budgets, PlacementVariant variant) {

    public PlacementProblem {
        places = List.copyOf(Objects.requireNonNull(places, "places"));
        matrices = Map.copyOf(Objects.requireNonNull(matrices, "matrices"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        opportunities = List.copyOf(Objects.requireNonNull(opportunities, "opportunities"));
        tutors = List.copyOf(Objects.requireNonNull(tutors, "tutors"));
        budgets = List.copyOf(Objects.requireNonNull(budgets, "budgets"));
        Objects.requireNonNull(variant, "variant");
        int size = places.size();
        matrices.forEach((profile, matrix) -> {
            if (matrix.size() != size) {
                throw new IllegalArgumentException("the " + profile + " matrix has " + matrix.size()
                        + " locations, places has " + size);
            }
        });
        Set<String> tutorIds = new HashSet<>();
        for (TutorSpec tutor : tutors) {
            if (!tutorIds.add(tutor.id())) {
                throw new IllegalArgumentException("tutor id is not unique: " + tutor.id());
            }
        }
        Set<String> opportunityIds = new HashSet<>();
        for (OpportunitySpec opportunity : opportunities) {
            if (!opportunityIds.add(opportunity.id())) {
                throw new IllegalArgumentException("opportunity id is not unique: " + opportunity.id());
            }
            requirePlace(opportunity.place(), size, "opportunity " + opportunity.id());
            if (opportunity.tutorId() != null && !tutorIds.contains(opportunity.tutorId())) {
                throw new IllegalArgumentException("opportunity " + opportunity.id() + " names an unknown tutor: "
                        + opportunity.tutorId());
            }
        }
        Set<String> candidateIds = new HashSet<>();
        for (CandidateSpec candidate : candidates) {
            if (!candidateIds.add(candidate.id())) {
                throw new IllegalArgumentException("candidate id is not unique: " + candidate.id());
            }
            requirePlace(candidate.place(), size, "candidate " + candidate.id());
            TravelProfile profile = candidate.mobility().travelProfile();
            if (!matrices.containsKey(profile)) {
                throw new IllegalArgumentException("candidate " + candidate.id() + " travels by " + profile
                        + " but there is no " + profile + " matrix");
            }
            if (candidate.acceptedOpportunityId() != null
                    && !opportunityIds.contains(candidate.acceptedOpportunityId())) {
                throw new IllegalArgumentException("candidate " + candidate.id()
                        + " was accepted for an unknown opportunity: " + candidate.acceptedOpportunityId());
            }
        }
        Set<String> budgetConsortia = new HashSet<>();
        for (BudgetSpec budget : budgets) {
            if (!budgetConsortia.add(budget.consortium())) {
                throw new IllegalArgumentException("more than one budget for consortium " + budget.consortium());
            }
        }
    }

    private static void requirePlace(int place, int size, String what) {
        if (place >= size) {
            throw new IllegalArgumentException(what + ": place " + place + " is not in places (size " + size + ")");
        }
    }

    /**
     * Straight-line travel estimates between {@code places} for every profile a candidate may need (car and
     * public transport), clearly labelled as estimates in every plan.
     */
    public static Map<TravelProfile, TravelTimeMatrix> straightLineEstimates(List<Location> places) {
        Map<TravelProfile, TravelTimeMatrix> matrices = new EnumMap<>(TravelProfile.class);
        for (Mobility mobility : Mobility.values()) {
            matrices.computeIfAbsent(mobility.travelProfile(), profile -> new HaversineTravelTimeMatrix(places,
                    profile));
        }
        return matrices;
    }

    /** The same problem with another variant. */
    public PlacementProblem withVariant(PlacementVariant newVariant) {
        return new PlacementProblem(places, matrices, candidates, opportunities, tutors, budgets, newVariant);
    }
}
