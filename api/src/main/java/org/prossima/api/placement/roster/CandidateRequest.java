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
import org.prossima.solver.placement.Mobility;
import org.prossima.solver.placement.Programme;

/**
 * A candidate's planning data, as posted (POST creates, PUT replaces). No personal details here:
 * they go to {@code /candidates/{id}/person}. Home is {@code istatCode} (the comune's town hall),
 * {@code lat}/{@code lon}, or both (coordinates are then used for travel). Lists may be omitted.
 * {@code consortium} may be left out by a coordinator: it is theirs (they may name no other).
 */
public record CandidateRequest(
        String consortium,
        @Pattern(regexp = "[0-9]{6}") String istatCode,
        @DecimalMin("-90") @DecimalMax("90") Double lat,
        @DecimalMin("-180") @DecimalMax("180") Double lon,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> skills,
        @Size(max = 10) List<@NotBlank @Size(max = 16) String> languages,
        @NotNull Mobility mobility,
        @NotNull @Min(5) @Max(240) Integer maxCommuteMinutes,
        @NotNull @Min(1) @Max(48) Integer weeklyHours,
        @NotEmpty Set<DayOfWeek> days,
        @NotNull LocalDate earliestStart,
        @NotNull Programme programme,
        @NotNull @Min(1) @Max(5) Integer priority,
        @Min(0) @Max(240) Integer monthsWaiting,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> limitations,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> preferredSectors,
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> hostsToAvoid) {

    /** The same request for this consortium. */
    public CandidateRequest inConsortium(String code) {
        return new CandidateRequest(code, istatCode, lat, lon, skills, languages, mobility, maxCommuteMinutes,
                weeklyHours, days, earliestStart, programme, priority, monthsWaiting, limitations, preferredSectors,
                hostsToAvoid);
    }
}
