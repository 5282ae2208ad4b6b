package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A volunteer's car or a van for one shift. {@code capacityKg} is its ambient space;
 * {@code chilledKg} and {@code frozenKg} its refrigerated compartments (0 when absent).
 * {@code endDepot} defaults to {@code startDepot}. {@code pinnedStops} are the stops it has
 * already made or confirmed (pickup ids, drop-off ids as a plan lists them), in order: they stay
 * at the head of its route when planning again. {@code driver}: the username of the volunteer driving it, a user with
 * role DRIVER of the dispatcher's association; they see this vehicle's route on the day of its shift and the day
 * before.
 */
public record VehicleRequest(
        @NotBlank @Size(max = 64) String id,
        @NotNull @PositiveOrZero @Max(50_000) Integer capacityKg,
        @PositiveOrZero @Max(50_000) Integer chilledKg,
        @PositiveOrZero @Max(50_000) Integer frozenKg,
        @NotBlank String startDepot,
        String endDepot,
        @NotNull LocalDateTime shiftStart,
        @NotNull LocalDateTime shiftEnd,
        @Positive @Max(24 * 60) Integer maxRouteMinutes,
        @Size(max = 10) List<@NotBlank String> skills,
        @Size(max = 500) List<@NotBlank String> pinnedStops,
        @Size(max = 64) String driver) {
}
