package org.prossima.data.catalogue;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored offering. {@code content().seatsLeft()} is the live figure: for offerings published by
 * another capability it comes from that capability (view {@code offering_live_seats}).
 */
public record Offering(UUID id, OfferingSource source, String sourceRef, OfferingStatus status,
        OfferingContent content, Instant createdAt, Instant updatedAt) {
}
