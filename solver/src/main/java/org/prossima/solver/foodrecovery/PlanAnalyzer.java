package org.prossima.solver.foodrecovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.prossima.solver.foodrecovery.PlanAnalysis.ConstraintImpact;
import org.prossima.solver.foodrecovery.PlanAnalysis.Match;

/**
 * Breaks a plan's score down by constraint from {@link RouteEvaluator}'s evaluation: the same
 * code that checks feasibility independently of the solver, so the breakdown and the check can
 * never disagree. Its totals equal the solver's score (tested).
 */
public final class PlanAnalyzer {

    private PlanAnalyzer() {
    }

    public static PlanAnalysis analyze(FoodRecoveryProblem problem, RouteEvaluation evaluation) {
        Map<String, List<Match>> hard = new HashMap<>();
        for (Violation violation : evaluation.violations()) {
            hard.computeIfAbsent(violation.constraint(), name -> new ArrayList<>())
                    .add(new Match(violation.vehicleId(), violation.pickupId(), -violation.penalty()));
        }
        Map<String, Integer> kgByPickup = new HashMap<>();
        problem.pickups().forEach(pickup -> kgByPickup.put(pickup.id(), pickup.kg()));
        List<Match> unassigned = evaluation.unassignedPickupIds().stream()
                .map(id -> new Match(null, id, -kgByPickup.get(id))).toList();
        List<Match> travel = evaluation.routes().stream().filter(route -> route.travelSeconds() > 0)
                .map(route -> new Match(route.vehicleId(), null, -route.travelSeconds())).toList();

        List<ConstraintImpact> constraints = List.of(
                impact(FoodRecoveryConstraints.VEHICLE_CAPACITY, "hard",
                        "Carico oltre la capacità del veicolo (kg)", "Load over the vehicle's capacity (kg)",
                        hard.getOrDefault(FoodRecoveryConstraints.VEHICLE_CAPACITY, List.of())),
                impact(FoodRecoveryConstraints.PICKUP_LATE, "hard",
                        "Arrivo dopo la chiusura della finestra di ritiro (minuti)",
                        "Arrival after the pickup window closes (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.PICKUP_LATE, List.of())),
                impact(FoodRecoveryConstraints.SHIFT_END, "hard",
                        "Rientro dopo la fine del turno (minuti)", "Return after the end of the shift (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.SHIFT_END, List.of())),
                impact(FoodRecoveryConstraints.UNASSIGNED_PICKUP, "medium",
                        "Cibo non ritirato (kg)", "Food left uncollected (kg)", unassigned),
                impact(FoodRecoveryConstraints.TRAVEL_TIME, "soft",
                        "Tempo di viaggio (secondi)", "Travel time (seconds)", travel));
        return new PlanAnalysis(evaluation.hardScore() + "hard/" + evaluation.mediumScore() + "medium/"
                + evaluation.softScore() + "soft", evaluation.hardScore(), evaluation.mediumScore(),
                evaluation.softScore(), constraints);
    }

    private static ConstraintImpact impact(String name, String level, String labelIt, String labelEn,
                                           List<Match> matches) {
        long total = matches.stream().mapToLong(Match::impact).sum();
        return new ConstraintImpact(name, level, total, labelIt, labelEn, matches);
    }
}
