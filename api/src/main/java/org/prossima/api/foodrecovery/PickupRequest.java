package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Surplus food to collect at a donor (supermarket, canteen, bakery, farm) within a time window.
 * The place is given either by {@code lat}/{@code lon} or by the {@code istatCode} of a comune.
 */
public record PickupRequest(
        @NotBlank @Size(max = 64) String id,
        @Size(max = 200) String donor,
        Double lat,
        Double lon,
        String istatCode,
        @NotNull LocalDateTime windowStart,
        @NotNull LocalDateTime windowEnd,
        @NotNull @PositiveOrZero @Max(480) Integer serviceMinutes,
        @NotNull @Positive @Max(50_000) Integer kg) implements PlaceRequest {
}
