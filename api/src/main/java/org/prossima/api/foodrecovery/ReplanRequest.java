package org.prossima.api.foodrecovery;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How to plan a stored plan's day again. {@code pins}: every lot the dispatcher wants on a given vehicle, which the
 * new plan keeps at the head of that vehicle's route (replacing the pins the plan was made with; absent: keep those).
 * Lots the drivers reported collected stay on their vehicle whatever the pins; lots reported not available are left
 * out.
 */
public record ReplanRequest(@Size(max = 2000) List<@NotNull @Valid PinRequest> pins) {
}
