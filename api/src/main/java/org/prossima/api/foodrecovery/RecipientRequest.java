package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.prossima.solver.foodrecovery.Compartment;

/**
 * Where food is delivered: a charity, a parish, a solidarity shop. The place is {@code lat}/{@code lon}
 * or {@code istatCode}; the opening hours {@code windowStart}/{@code windowEnd} or {@code windows}.
 * {@code capacityKg} (optional) is the most it can take in the day; {@code peopleServed} sets its
 * fair share of the food; {@code accepts} the compartments it can store (default ambient and chilled).
 */
public record RecipientRequest(
        @NotBlank @Size(max = 64) String id,
        @Size(max = 200) String name,
        Double lat,
        Double lon,
        String istatCode,
        LocalDateTime windowStart,
        LocalDateTime windowEnd,
        @Size(max = 6) List<@NotNull @Valid WindowRequest> windows,
        @NotNull @PositiveOrZero @Max(480) Integer serviceMinutes,
        @PositiveOrZero @Max(100_000) Integer capacityKg,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer peopleServed,
        @Size(max = 3) List<@NotNull Compartment> accepts) implements PlaceRequest, WindowsRequest {
}
