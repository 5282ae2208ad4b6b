package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.solver.foodrecovery.PlanAnalysis.ConstraintImpact;
import org.prossima.solver.foodrecovery.PlanAnalysis.Match;
import org.prossima.solver.text.Text;

/**
 * Breaks a plan's score down by constraint from {@link RouteEvaluator}'s evaluation: the same
 * code that checks feasibility independently of the solver, so the breakdown and the check can
 * never disagree. Its totals equal the solver's score (tested).
 */
public final class PlanAnalyzer {

    /** A constraint as the analysis lists it: its name, its score level and the key of its label. */
    private record Description(String name, String level, String code) {
    }

    private static final List<Description> CONSTRAINTS = List.of(
            new Description(FoodRecoveryConstraints.VEHICLE_CAPACITY, "hard", "vehicleCapacity"),
            new Description(FoodRecoveryConstraints.MISSING_COMPARTMENT, "hard", "missingCompartment"),
            new Description(FoodRecoveryConstraints.MISSING_SKILL, "hard", "missingSkill"),
            new Description(FoodRecoveryConstraints.LATE_ARRIVAL, "hard", "lateArrival"),
            new Description(FoodRecoveryConstraints.SHIFT_END, "hard", "shiftEnd"),
            new Description(FoodRecoveryConstraints.MAX_ROUTE_DURATION, "hard", "maxRouteDuration"),
            new Description(FoodRecoveryConstraints.PERISHABILITY, "hard", "perishability"),
            new Description(FoodRecoveryConstraints.UNDELIVERED, "hard", "undelivered"),
            new Description(FoodRecoveryConstraints.RECIPIENT_CAPACITY, "hard", "recipientCapacity"),
            new Description(FoodRecoveryConstraints.UNASSIGNED_PICKUP, "medium", "unassignedPickup"),
            new Description(FoodRecoveryConstraints.TRAVEL_TIME, "soft", "travelTime"),
            new Description(FoodRecoveryConstraints.FAIR_SHARES, "soft", "fairShares"));

    private PlanAnalyzer() {
    }

    /** Every constraint's name, in the order of an analysis: hard, medium, soft. */
    public static List<String> constraintNames() {
        return CONSTRAINTS.stream().map(Description::name).toList();
    }

    /**
     * What a constraint means, for coordinators and drivers: key {@code foodrecovery.constraint.<code>}, e.g.
     * {@code foodrecovery.constraint.travelTime}; the fair shares' label has the seconds a kg weighs as argument.
     *
     * @param constraintName one of {@link #constraintNames()}
     */
    public static Text label(String constraintName) {
        Description description = CONSTRAINTS.stream().filter(d -> d.name().equals(constraintName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no food-recovery constraint is named '"
                        + constraintName + "': use one of " + constraintNames()));
        String key = "foodrecovery.constraint." + description.code();
        return constraintName.equals(FoodRecoveryConstraints.FAIR_SHARES)
                ? Text.of(key, FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG) : Text.of(key);
    }

    /** The breakdown of {@code plan}, a plan of {@code problem}, evaluated again from its routes. */
    public static PlanAnalysis analyze(FoodRecoveryProblem problem, FoodRecoveryPlan plan) {
        return analyze(problem, new RouteEvaluator(problem).evaluate(plan.routes().stream()
                .map(route -> route.stops().stream().map(StopPlan::stopId).toList()).toList()));
    }

    public static PlanAnalysis analyze(FoodRecoveryProblem problem, RouteEvaluation evaluation) {
        Map<String, List<Match>> matches = new HashMap<>();
        for (Violation violation : evaluation.violations()) {
            matches.computeIfAbsent(violation.constraint(), name -> new ArrayList<>())
                    .add(new Match(violation.vehicleId(), violation.stopId(), -violation.penalty()));
        }
        Map<String, Long> weightedKgByPickup = new HashMap<>();
        problem.pickups().forEach(pickup -> weightedKgByPickup.put(pickup.id(), pickup.weightedKg()));
        matches.put(FoodRecoveryConstraints.UNASSIGNED_PICKUP, evaluation.unassignedPickupIds().stream()
                .map(id -> new Match(null, id, -weightedKgByPickup.get(id))).toList());
        matches.put(FoodRecoveryConstraints.TRAVEL_TIME, evaluation.routes().stream()
                .filter(route -> route.travelSeconds() > 0)
                .map(route -> new Match(route.vehicleId(), null, -route.travelSeconds())).toList());
        long unfair = evaluation.unfairKg() * FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG;
        matches.put(FoodRecoveryConstraints.FAIR_SHARES, unfair == 0 ? List.of() : List.of(new Match(null, null,
                -unfair)));

        List<ConstraintImpact> constraints = new ArrayList<>();
        for (Description description : CONSTRAINTS) {
            List<Match> found = matches.getOrDefault(description.name(), List.of());
            constraints.add(new ConstraintImpact(description.name(), description.level(),
                    found.stream().mapToLong(Match::impact).sum(), found));
        }
        return new PlanAnalysis(evaluation.hardScore() + "hard/" + evaluation.mediumScore() + "medium/"
                + evaluation.softScore() + "soft", evaluation.hardScore(), evaluation.mediumScore(),
                evaluation.softScore(), constraints);
    }
}
