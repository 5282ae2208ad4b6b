package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.prossima.solver.foodrecovery.FoodCategory;

/**
 * Surplus food to collect at a donor (supermarket, canteen, bakery, farm). The place is given
 * either by {@code lat}/{@code lon} or by the {@code istatCode} of a comune; the time either by
 * {@code windowStart}/{@code windowEnd} or by several {@code windows} (opening hours with a lunch
 * break). {@code category} (default {@code DRY_GOODS}) says which compartment the food needs and
 * how long it keeps on board; {@code maxMinutesOnBoard} overrides the latter. {@code recipients}
 * names where the food must go (one: a fixed recipient; several: the solver chooses); without it,
 * any recipient that stores the food, or the vehicle's end depot, may take it.
 */
public record PickupRequest(
        @NotBlank @Size(max = 64) String id,
        @Size(max = 200) String donor,
        Double lat,
        Double lon,
        String istatCode,
        LocalDateTime windowStart,
        LocalDateTime windowEnd,
        @Size(max = 6) List<@NotNull @Valid WindowRequest> windows,
        @NotNull @PositiveOrZero @Max(480) Integer serviceMinutes,
        @NotNull @Positive @Max(50_000) Integer kg,
        FoodCategory category,
        @Positive @Max(24 * 60) Integer maxMinutesOnBoard,
        @Size(max = 10) List<@NotBlank String> requiredSkills,
        @Size(max = 50) List<@NotBlank String> recipients) implements PlaceRequest, WindowsRequest {

    FoodCategory categoryOrDefault() {
        return category == null ? FoodCategory.DRY_GOODS : category;
    }
}
