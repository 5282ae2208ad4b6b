package org.prossima.api.demand;

import java.time.OffsetDateTime;
import java.util.Map;

import org.prossima.data.demand.StoredCooperative;
import org.prossima.solver.demand.ServiceType;

/** A cooperative as the API shows it: its base, the hours per week it takes on per service, its limits. */
public record CooperativeResponse(String id, String name, String istatCode, String comune, double lat, double lon,
        String consortium, Map<ServiceType, Integer> weeklyCapacityHours, int maxTravelMinutes,
        int disadvantagedSharePercent, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static CooperativeResponse of(StoredCooperative c) {
        return new CooperativeResponse(c.id(), c.name(), c.istatCode(), c.comuneName(), c.lat(), c.lon(),
                c.consortiumCode(), c.weeklyCapacityHours(), c.maxTravelMinutes(), c.disadvantagedSharePercent(),
                c.createdAt(), c.updatedAt());
    }
}
