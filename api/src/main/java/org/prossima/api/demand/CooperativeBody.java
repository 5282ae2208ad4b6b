package org.prossima.api.demand;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.prossima.solver.demand.ServiceType;

/**
 * A type-B social cooperative as posted (to create it, or to replace it as a whole): its base (the comune and/or
 * coordinates), the hours per week it can take on for each service it offers, how far it travels, and its share of
 * disadvantaged workers (at least 30% by law 381/1991).
 */
public record CooperativeBody(
        @NotBlank @Size(min = 2, max = 200) String name,
        String istatCode,
        @Size(max = 100) String comune,
        Double lat,
        Double lon,
        @NotEmpty Map<ServiceType, @NotNull @Min(1) @Max(10_000) Integer> weeklyCapacityHours,
        @NotNull @Min(1) @Max(240) Integer maxTravelMinutes,
        @NotNull @Min(30) @Max(100) Integer disadvantagedSharePercent) implements PlaceInput {
}
