package org.prossima.api.foodrecovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A lot the dispatcher wants collected by one vehicle: {@code pickup} its id, {@code vehicle} the vehicle's. */
public record PinRequest(@NotBlank @Size(max = 64) String pickup, @NotBlank @Size(max = 64) String vehicle) {
}
