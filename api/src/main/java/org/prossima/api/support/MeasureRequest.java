package org.prossima.api.support;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.prossima.data.support.ActivityPeriod;
import org.prossima.data.support.MeasureKind;

/**
 * A support measure as a coordinator writes it. {@code candidate} (the candidate's id) is required to create one and,
 * when given to change one, must be the measure's. {@code activityHours} per {@code activityPeriod} ({@code WEEK} when
 * left out) is the community-activity commitment agreed; 0 when the measure asks for none.
 */
public record MeasureRequest(UUID candidate, @NotNull MeasureKind kind,
        @NotNull @Min(0) @Max(10_000) Integer monthlyEuros, @NotNull LocalDate validFrom, @NotNull LocalDate validUntil,
        @NotNull @Min(0) @Max(200) Integer activityHours, ActivityPeriod activityPeriod,
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{0,63}") String activityKind) {
}
