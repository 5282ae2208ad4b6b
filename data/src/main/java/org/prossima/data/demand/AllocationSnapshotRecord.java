package org.prossima.data.demand;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.prossima.solver.demand.ServiceType;

/**
 * The problem of an allocation plan as stored: the settings and the current requests and cooperatives when it was
 * posted, so that the plan is solved again after a restart exactly as it was made, and read later as it was made.
 * Requests carry no notes (free text stays in the request's own row).
 *
 * @param madeOn            the day on the territory's calendar the snapshot was taken
 * @param joinMinutes       requests this close (travel minutes) may share a lot
 * @param maxLotWeeklyHours the largest lot, hours per week
 */
public record AllocationSnapshotRecord(LocalDate madeOn, int joinMinutes, int maxLotWeeklyHours,
        List<Request> requests, List<Cooperative> cooperatives) {

    public AllocationSnapshotRecord {
        requests = List.copyOf(requests);
        cooperatives = List.copyOf(cooperatives);
    }

    /** A current request; {@code istatCode}, {@code comune} and {@code consortium} null when not known. */
    public record Request(String id, String companyId, String companyName, ServiceType serviceType, int weeklyHours,
            double lat, double lon, String istatCode, String comune, String consortium, LocalDate from,
            LocalDate until, int employeesServed) {
    }

    /** A cooperative and its base; {@code istatCode} and {@code comune} null when not known. */
    public record Cooperative(String id, String name, double lat, double lon, String istatCode, String comune,
            Map<ServiceType, Integer> weeklyCapacityHours, int maxTravelMinutes, int disadvantagedSharePercent) {

        public Cooperative {
            weeklyCapacityHours = Map.copyOf(weeklyCapacityHours);
        }
    }
}
