package org.prossima.api.foodrecovery;

import jakarta.validation.constraints.NotNull;
import org.prossima.data.foodrecovery.StopStatus;

/** What the driver reports at a pickup: {@code COLLECTED} or {@code NOT_AVAILABLE}. */
public record StopStatusRequest(@NotNull StopStatus status) {
}
