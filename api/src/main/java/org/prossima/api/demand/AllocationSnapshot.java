package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.prossima.solver.demand.ServiceType;

/**
 * The problem of an allocation plan as stored: the settings and the current requests and cooperatives when it was
 * posted, so the plan can be solved again after a restart and read later exactly as it was made. Requests carry no
 * notes (free text stays in the request's own row).
 */
public record AllocationSnapshot(LocalDate madeOn, int joinMinutes, int maxLotWeeklyHours, List<Request> requests,
        List<Cooperative> cooperatives) {

    public record Request(String id, String companyId, String companyName, ServiceType serviceType, int weeklyHours,
                          double lat, double lon, String istatCode, String comune, String consortium, LocalDate from,
                          LocalDate until, int employeesServed) {
    }

    public record Cooperative(String id, String name, double lat, double lon, String istatCode, String comune,
                              Map<ServiceType, Integer> weeklyCapacityHours, int maxTravelMinutes,
                              int disadvantagedSharePercent) {
    }
}
