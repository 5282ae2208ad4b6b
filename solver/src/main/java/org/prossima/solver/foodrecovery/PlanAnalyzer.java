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

    private record Description(String name, String level, String labelIt, String labelEn) {
    }

    private static final List<Description> HARD = List.of(
            new Description(FoodRecoveryConstraints.VEHICLE_CAPACITY, "hard",
                    "Carico oltre la capacità del veicolo (kg)", "Load over the vehicle's capacity (kg)"),
            new Description(FoodRecoveryConstraints.MISSING_COMPARTMENT, "hard",
                    "Cibo fresco o surgelato su un veicolo senza vano adatto (kg)",
                    "Chilled or frozen food on a vehicle without the compartment (kg)"),
            new Description(FoodRecoveryConstraints.MISSING_SKILL, "hard",
                    "Attrezzatura richiesta mancante (es. sponda idraulica)",
                    "Required equipment missing (e.g. tail lift)"),
            new Description(FoodRecoveryConstraints.LATE_ARRIVAL, "hard",
                    "Arrivo dopo la chiusura dell'orario (minuti)", "Arrival after the opening hours (minutes)"),
            new Description(FoodRecoveryConstraints.SHIFT_END, "hard",
                    "Rientro dopo la fine del turno (minuti)", "Return after the end of the shift (minutes)"),
            new Description(FoodRecoveryConstraints.MAX_ROUTE_DURATION, "hard",
                    "Giro più lungo della durata massima (minuti)", "Route longer than its maximum (minutes)"),
            new Description(FoodRecoveryConstraints.PERISHABILITY, "hard",
                    "Cibo deperibile a bordo oltre il tempo massimo (minuti)",
                    "Perishable food on board beyond its limit (minutes)"),
            new Description(FoodRecoveryConstraints.UNDELIVERED, "hard",
                    "Cibo non consegnato al destinatario previsto (kg)",
                    "Food not delivered to its recipient (kg)"),
            new Description(FoodRecoveryConstraints.RECIPIENT_CAPACITY, "hard",
                    "Consegne oltre quanto il destinatario può ricevere (kg)",
                    "Deliveries beyond what the recipient can take (kg)"));

    private PlanAnalyzer() {
    }

    public static PlanAnalysis analyze(FoodRecoveryProblem problem, RouteEvaluation evaluation) {
        Map<String, List<Match>> hard = new HashMap<>();
        for (Violation violation : evaluation.violations()) {
            hard.computeIfAbsent(violation.constraint(), name -> new ArrayList<>())
                    .add(new Match(violation.vehicleId(), violation.stopId(), -violation.penalty()));
        }
        List<ConstraintImpact> constraints = new ArrayList<>();
        for (Description description : HARD) {
            constraints.add(impact(description, hard.getOrDefault(description.name(), List.of())));
        }

        Map<String, Long> weightedKgByPickup = new HashMap<>();
        problem.pickups().forEach(pickup -> weightedKgByPickup.put(pickup.id(), pickup.weightedKg()));
        constraints.add(impact(new Description(FoodRecoveryConstraints.UNASSIGNED_PICKUP, "medium",
                        "Cibo non ritirato (kg × peso di deperibilità)",
                        "Food left uncollected (kg × perishability weight)"),
                evaluation.unassignedPickupIds().stream()
                        .map(id -> new Match(null, id, -weightedKgByPickup.get(id))).toList()));

        constraints.add(impact(new Description(FoodRecoveryConstraints.TRAVEL_TIME, "soft",
                        "Tempo di viaggio (secondi)", "Travel time (seconds)"),
                evaluation.routes().stream().filter(route -> route.travelSeconds() > 0)
                        .map(route -> new Match(route.vehicleId(), null, -route.travelSeconds())).toList()));
        long unfair = evaluation.unfairKg() * FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG;
        constraints.add(impact(new Description(FoodRecoveryConstraints.FAIR_SHARES, "soft",
                        "Cibo distribuito lontano dalle quote eque (kg × " + FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG
                                + " s)",
                        "Food given away from the fair shares (kg × " + FoodRecoveryConstraints.FAIR_SHARE_SECONDS_PER_KG
                                + " s)"),
                unfair == 0 ? List.of() : List.of(new Match(null, null, -unfair))));

        return new PlanAnalysis(evaluation.hardScore() + "hard/" + evaluation.mediumScore() + "medium/"
                + evaluation.softScore() + "soft", evaluation.hardScore(), evaluation.mediumScore(),
                evaluation.softScore(), constraints);
    }

    private static ConstraintImpact impact(Description description, List<Match> matches) {
        long total = matches.stream().mapToLong(Match::impact).sum();
        return new ConstraintImpact(description.name(), description.level(), total, description.labelIt(),
                description.labelEn(), matches);
    }
}
