package org.prossima.data.foodrecovery;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The latest report on a pickup of a plan's route: {@code byUser} is the username of who made it (the vehicle's
 * driver or a dispatcher of the association).
 */
public record StopStatusRecord(UUID planId, String vehicleId, String stopRef, StopStatus status, OffsetDateTime at,
        String byUser) {
}
