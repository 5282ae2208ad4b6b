package org.prossima.data.demand;

import java.time.OffsetDateTime;
import java.util.Map;

import org.prossima.solver.demand.ServiceType;

/** A type-B social cooperative as stored; {@code weeklyCapacityHours} has the services it offers. */
public record StoredCooperative(String id, String name, String istatCode, String comuneName, double lat, double lon,
        String consortiumCode, Map<ServiceType, Integer> weeklyCapacityHours, int maxTravelMinutes,
        int disadvantagedSharePercent, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
