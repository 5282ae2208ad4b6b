package org.prossima.api.foodrecovery;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotNull;

/** A time window: local date-times in Europe/Rome. */
public record WindowRequest(@NotNull LocalDateTime start, @NotNull LocalDateTime end) {
}
