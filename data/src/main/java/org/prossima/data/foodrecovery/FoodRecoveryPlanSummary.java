package org.prossima.data.foodrecovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.data.plans.PlanStatus;

/**
 * A food-recovery plan as a list shows it, without its documents.
 *
 * @param day             the day of its earliest vehicle's shift (Europe/Rome); null for a plan stored before
 *                        vehicles' days were recorded
 * @param score           null before the first solution
 * @param pickupsAssigned null before the first solution
 */
public record FoodRecoveryPlanSummary(UUID id, PlanStatus status, LocalDate day, String score, Boolean feasible,
        Integer pickups, Integer pickupsAssigned, OffsetDateTime createdAt, OffsetDateTime solvedAt) {
}
