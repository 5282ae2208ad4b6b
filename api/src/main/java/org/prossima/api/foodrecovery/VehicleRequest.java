package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A volunteer's car or a van for one shift. {@code endDepot} defaults to {@code startDepot}.
 */
public record VehicleRequest(
        @NotBlank @Size(max = 64) String id,
        @NotNull @Positive @Max(50_000) Integer capacityKg,
        @NotBlank String startDepot,
        String endDepot,
        @NotNull LocalDateTime shiftStart,
        @NotNull LocalDateTime shiftEnd) {
}
