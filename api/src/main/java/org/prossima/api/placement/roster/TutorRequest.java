package org.prossima.api.placement.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A tutor who follows at most {@code maxPeople} placed people; {@code id} as for hosts. */
public record TutorRequest(
        @Pattern(regexp = CoordinatorIds.CODE) String id,
        @NotBlank String consortium,
        @NotNull @Min(0) @Max(100) Integer maxPeople) {
}
