package org.prossima.api.foodrecovery;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.prossima.data.foodrecovery.StopStatusRecord;

/**
 * The report standing on a pickup of a plan: {@code status} COLLECTED or NOT_AVAILABLE, when, and by whom (a
 * username).
 */
public record StopStatusResponse(UUID planId, String vehicle, String stop, String status, OffsetDateTime at,
        String by) {

    static StopStatusResponse of(StopStatusRecord r) {
        return new StopStatusResponse(r.planId(), r.vehicleId(), r.stopRef(), r.status().name(), r.at(), r.byUser());
    }
}
