package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.prossima.api.solving.SolvingState;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A plan as the API shows it. While solving, the solution is the best found so far (absent before the first one).
 * Times are local date-times in Europe/Rome; texts are in the request's language.
 *
 * @param solution the plan's figures and routes, shown inline; null before the first solution
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoodRecoveryPlanResponse(
        UUID id,
        String status,
        @JsonUnwrapped Solution solution,
        String failure,
        OffsetDateTime createdAt,
        OffsetDateTime solvedAt,
        @JsonUnwrapped SolvingState solving) {

    /** A plan just accepted: queued, no solution yet. */
    static FoodRecoveryPlanResponse accepted(UUID id, SolvingState queued) {
        return new FoodRecoveryPlanResponse(id, "QUEUED", null, null, null, null, queued);
    }

    /**
     * The solved part of a plan. {@code unroutable}: what was left out before solving because its place has no road
     * travel times.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Solution(String score, boolean feasible, String travelTimeSource, boolean travelTimeEstimate,
                           List<VehicleRoute> vehicles, Totals totals, List<String> unassigned,
                           List<UnassignedReason> unassignedReasons, List<LeftOut> unroutable, Equity equity) {
    }

    /**
     * How evenly the food reaches the people the charities feed: kg received per person served, over the charities
     * feeding someone ({@code recipients}), its coefficient of variation (population standard deviation over the
     * mean, in %), the lowest and highest, and the Gini index; and the coefficient of variation of the steering
     * board's baseline on the same day ({@code baselineKgPerPersonCvPercent}: each lot to the nearest charity that may
     * take it, no routes). Absent in plans stored before it was kept.
     */
    public record Equity(int recipients, double kgPerPersonCvPercent, double kgPerPersonMin, double kgPerPersonMax,
                         double kgPerPersonGini, Double baselineKgPerPersonCvPercent) {
    }

    /**
     * Why a pickup is left uncollected: {@code reason} is a code (UNROUTABLE, NO_RECIPIENT, NO_COMPARTMENT, NO_SKILL,
     * TOO_HEAVY, NO_WINDOW_REACHABLE, PERISHABILITY, FLEET_FULL, NOT_AVAILABLE: the driver reported it on the plan this
     * one was made again from), {@code explanation} says it with the figures.
     */
    public record UnassignedReason(String id, String reason, String explanation) {
    }

    /**
     * A pickup, recipient or vehicle left out of the plan because its place (a vehicle's: its start or end depot) has
     * no road travel times: {@code kind} PICKUP, RECIPIENT or VEHICLE; {@code reason} NO_ROAD_NEARBY (no road open to
     * the van within the snapping distance) or NOT_CONNECTED (cut off from the other places).
     */
    public record LeftOut(String kind, String id, String reason, String explanation) {
    }

    /**
     * {@code collectedKg}: food picked up; {@code deliveredAtEnd}: lots brought back to the end
     * depot (the association's hub) rather than to a recipient; {@code driver}: the username of the volunteer
     * driving it, absent when the problem named none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VehicleRoute(String id, String driver, LocalDateTime departure, LocalDateTime returnTime, double km,
                               long minutes, long collectedKg, List<String> deliveredAtEnd, List<Stop> stops) {
    }

    /**
     * A stop: {@code kind} PICKUP (its {@code id} is the pickup's) or DROP_OFF (at {@code recipient},
     * handing over the lots in {@code delivered}). {@code loadAfterKg}: kg on board when leaving. {@code status}: what
     * the driver reported at a pickup (COLLECTED, NOT_AVAILABLE), absent before any report.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Stop(String id, String kind, String recipient, LocalDateTime arrival, LocalDateTime serviceStart,
                       LocalDateTime departure, int loadAfterKg, List<String> delivered, String status) {
    }

    public record Totals(double km, long minutes, int vehiclesUsed, int pickupsAssigned, int pickupsUnassigned,
                         long kgCollected, long kgUnassigned) {
    }
}
