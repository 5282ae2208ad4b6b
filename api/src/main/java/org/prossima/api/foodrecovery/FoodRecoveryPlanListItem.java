package org.prossima.api.foodrecovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.prossima.data.foodrecovery.FoodRecoveryPlanSummary;

/**
 * A plan of the association as its list shows it: no routes (read the plan for them).
 *
 * @param day             the day of its vehicles' shifts (the earliest, Europe/Rome); absent for plans stored before
 *                        it was recorded
 * @param pickups         the pickups it plans
 * @param pickupsAssigned those its best solution collects; absent before the first solution
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoodRecoveryPlanListItem(UUID id, String status, LocalDate day, String score, Boolean feasible,
        Integer pickups, Integer pickupsAssigned, OffsetDateTime createdAt, OffsetDateTime solvedAt) {

    static FoodRecoveryPlanListItem of(FoodRecoveryPlanSummary plan) {
        return new FoodRecoveryPlanListItem(plan.id(), plan.status().name(), plan.day(), plan.score(), plan.feasible(),
                plan.pickups(), plan.pickupsAssigned(), plan.createdAt(), plan.solvedAt());
    }
}
