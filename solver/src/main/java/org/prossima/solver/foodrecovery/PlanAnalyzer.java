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
        Map<String, Long> weightedKgByPickup = new HashMap<>();
        problem.pickups().forEach(pickup -> weightedKgByPickup.put(pickup.id(), pickup.weightedKg()));
        List<Match> unassigned = evaluation.unassignedPickupIds().stream()
                .map(id -> new Match(null, id, -weightedKgByPickup.get(id))).toList();
        List<Match> travel = evaluation.routes().stream().filter(route -> route.travelSeconds() > 0)
                .map(route -> new Match(route.vehicleId(), null, -route.travelSeconds())).toList();

        List<ConstraintImpact> constraints = List.of(
                impact(FoodRecoveryConstraints.VEHICLE_CAPACITY, "hard",
                        "Carico oltre la capacità del veicolo (kg)", "Load over the vehicle's capacity (kg)",
                        hard.getOrDefault(FoodRecoveryConstraints.VEHICLE_CAPACITY, List.of())),
                impact(FoodRecoveryConstraints.MISSING_COMPARTMENT, "hard",
                        "Cibo fresco o surgelato su un veicolo senza vano refrigerato (kg)",
                        "Chilled or frozen food on a vehicle without the compartment (kg)",
                        hard.getOrDefault(FoodRecoveryConstraints.MISSING_COMPARTMENT, List.of())),
                impact(FoodRecoveryConstraints.MISSING_SKILL, "hard",
                        "Attrezzatura richiesta mancante (es. sponda idraulica)",
                        "Required equipment missing (e.g. tail lift)",
                        hard.getOrDefault(FoodRecoveryConstraints.MISSING_SKILL, List.of())),
                impact(FoodRecoveryConstraints.PICKUP_LATE, "hard",
                        "Arrivo dopo la chiusura della finestra di ritiro (minuti)",
                        "Arrival after the pickup window closes (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.PICKUP_LATE, List.of())),
                impact(FoodRecoveryConstraints.SHIFT_END, "hard",
                        "Rientro dopo la fine del turno (minuti)", "Return after the end of the shift (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.SHIFT_END, List.of())),
                impact(FoodRecoveryConstraints.MAX_ROUTE_DURATION, "hard",
                        "Giro più lungo della durata massima (minuti)", "Route longer than its maximum (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.MAX_ROUTE_DURATION, List.of())),
                impact(FoodRecoveryConstraints.PERISHABILITY, "hard",
                        "Cibo deperibile a bordo oltre il tempo massimo (minuti)",
                        "Perishable food on board beyond its limit (minutes)",
                        hard.getOrDefault(FoodRecoveryConstraints.PERISHABILITY, List.of())),
                impact(FoodRecoveryConstraints.UNASSIGNED_PICKUP, "medium",
                        "Cibo non ritirato (kg × peso di deperibilità)",
                        "Food left uncollected (kg × perishability weight)", unassigned),
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
