package org.prossima.api.placement.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prossima.solver.placement.OpportunityKind;

/**
 * A placement a host offers. {@code id} as for hosts. Its place is {@code istatCode},
 * {@code lat}/{@code lon}, or both; {@code sector} defaults to {@code other},
 * {@code monthlyCostEuros} to 0; {@code tutorId} is optional; lists may be omitted.
 */
public record OpportunityRequest(
        @Pattern(regexp = CoordinatorIds.CODE) String id,
        @NotBlank String consortium,
        @NotNull OpportunityKind kind,
        @NotBlank String hostId,
        @Pattern(regexp = "[0-9]{6}") String istatCode,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Size(max = 64) String sector,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> requiredSkills,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> desirableSkills,
        @Size(max = 10) List<@NotBlank @Size(max = 16) String> languages,
        @NotNull @Min(1) @Max(48) Integer weeklyHours,
        @NotEmpty Set<DayOfWeek> days,
        @NotNull @Min(0) @Max(500) Integer seats,
        @NotNull LocalDate startFrom,
        @NotNull LocalDate startUntil,
        @Min(0) @Max(5000) Integer monthlyCostEuros,
        String tutorId,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> activityTags) {
}
