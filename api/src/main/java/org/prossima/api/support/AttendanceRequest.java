package org.prossima.api.support;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Hours of community activity done in the week starting on {@code weekStart}, a Monday. */
public record AttendanceRequest(@NotNull LocalDate weekStart,
        @NotNull @DecimalMin("0") @DecimalMax("168") Double hours) {
}
