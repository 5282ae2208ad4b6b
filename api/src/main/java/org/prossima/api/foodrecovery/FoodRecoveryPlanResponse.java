package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A plan as the API shows it. While solving, the vehicles and score are the best found so far
 * (or absent before the first solution). Times are local date-times in Europe/Rome.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FoodRecoveryPlanResponse(
        UUID id,
        String status,
        String score,
        Boolean feasible,
        String travelTimeSource,
        Boolean travelTimeEstimate,
        List<VehicleRoute> vehicles,
        Totals totals,
        List<String> unassigned,
        List<UnassignedReason> unassignedReasons,
        List<LeftOut> unroutable,
        String failure,
        OffsetDateTime createdAt,
        OffsetDateTime solvedAt) {

    /**
     * The solved part of a plan, as stored in the database. {@code unroutable} is null in plans stored before road
     * travel times.
     */
    public record Result(String score, boolean feasible, String travelTimeSource, boolean travelTimeEstimate,
                         List<VehicleRoute> vehicles, Totals totals, List<String> unassigned,
                         List<UnassignedReason> unassignedReasons, List<LeftOut> unroutable) {
    }

    /**
     * Why a pickup is left uncollected: {@code reason} is a code (UNROUTABLE, NO_RECIPIENT,
     * NO_COMPARTMENT, NO_SKILL, TOO_HEAVY, NO_WINDOW_REACHABLE, PERISHABILITY, FLEET_FULL),
     * {@code explanation} Italian, {@code explanationEn} English.
     */
    public record UnassignedReason(String id, String reason, String explanation, String explanationEn) {
    }

    /**
     * A pickup, recipient or vehicle left out of the plan because its place (a vehicle's: its start or end depot) has
     * no road travel times: {@code kind} PICKUP, RECIPIENT or VEHICLE; {@code reason} NO_ROAD_NEARBY (no road open to
     * the van within the snapping distance) or NOT_CONNECTED (cut off from the other places).
     */
    public record LeftOut(String kind, String id, String reason, String explanation, String explanationEn) {
    }

    /**
     * {@code collectedKg}: food picked up; {@code deliveredAtEnd}: lots brought back to the end
     * depot (the association's hub) rather than to a recipient.
     */
    public record VehicleRoute(String id, LocalDateTime departure, LocalDateTime returnTime, double km,
                               long minutes, long collectedKg, List<String> deliveredAtEnd, List<Stop> stops) {
    }

    /**
     * A stop: {@code kind} PICKUP (its {@code id} is the pickup's) or DROP_OFF (at {@code recipient},
     * handing over the lots in {@code delivered}). {@code loadAfterKg}: kg on board when leaving.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Stop(String id, String kind, String recipient, LocalDateTime arrival, LocalDateTime serviceStart,
                       LocalDateTime departure, int loadAfterKg, List<String> delivered) {

        public Stop {
            // left out of the JSON when empty, so read back as null
            delivered = delivered == null ? List.of() : delivered;
        }
    }

    public record Totals(double km, long minutes, int vehiclesUsed, int pickupsAssigned, int pickupsUnassigned,
                         long kgCollected, long kgUnassigned) {
    }
}
