package org.prossima.api.foodrecovery;

import static org.prossima.api.foodrecovery.FoodRecoveryPlanResponses.local;

import org.prossima.api.foodrecovery.PlanProblemView.Lot;
import org.prossima.api.foodrecovery.PlanProblemView.Place;
import org.prossima.api.foodrecovery.PlanProblemView.Vehicle;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.PickupRecord;
import org.prossima.data.foodrecovery.FoodRecoveryProblemRecord.WindowRecord;
import org.prossima.solver.travel.Location;
import org.springframework.stereotype.Component;

/**
 * The problem of a plan of the caller's association as the dispatcher's screen shows it, read as the API reads the
 * plan (404 for another association's, 409 for a plan stored without its places).
 */
@Component
public class PlanProblemViews {

    private final FoodRecoveryPlanReader plans;

    PlanProblemViews(FoodRecoveryPlanReader plans) {
        this.plans = plans;
    }

    public PlanProblemView of(String planId) {
        FoodRecoveryProblemRecord p = plans.problem(plans.stored(planId));
        return new PlanProblemView(
                p.pickups().stream().map(lot -> lot(p, lot)).toList(),
                p.recipients().stream().map(r -> place(p, r.id(), r.name(), r.place())).toList(),
                p.depots().stream().map(d -> place(p, d.id(), d.name(), d.place())).toList(),
                p.vehicles().stream().map(v -> new Vehicle(v.id(), v.driver(), v.ambientKg(), v.chilledKg(),
                        v.frozenKg(), v.startDepot(), v.endDepot(), v.pinnedStopIds())).toList(),
                p.unavailablePickupIds());
    }

    private static Lot lot(FoodRecoveryProblemRecord problem, PickupRecord lot) {
        Location at = problem.location(lot.place());
        long opens = lot.windows().stream().mapToLong(WindowRecord::start).min().orElse(0);
        long closes = lot.windows().stream().mapToLong(WindowRecord::end).max().orElse(0);
        return new Lot(lot.id(), lot.donor(), lot.kg(), lot.category().name(), at.latitude(), at.longitude(),
                local(opens), local(closes));
    }

    private static Place place(FoodRecoveryProblemRecord problem, String id, String name, int place) {
        Location at = problem.location(place);
        return new Place(id, name, at.latitude(), at.longitude());
    }
}
