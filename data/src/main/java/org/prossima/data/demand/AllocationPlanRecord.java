package org.prossima.data.demand;

import java.time.LocalDate;
import java.util.List;

import org.prossima.solver.demand.ServiceType;
import org.prossima.solver.text.Text;

/**
 * An allocation plan as stored: the best found so far while solving, the plan once solved. Each lot with its
 * requests, area and dates as the snapshot had them, and the cooperative taking it on or why none does; each
 * cooperative's load; the jobs the allocated lots create.
 *
 * @param travelTimeSource   how travel times were estimated
 * @param travelTimeEstimate whether they only approximate travel on the roads
 */
public record AllocationPlanRecord(String score, boolean feasible, String travelTimeSource,
        boolean travelTimeEstimate, Totals totals, List<Lot> lots, List<CooperativeLoad> cooperatives,
        List<Job> jobs) {

    public AllocationPlanRecord {
        lots = List.copyOf(lots);
        cooperatives = List.copyOf(cooperatives);
        jobs = List.copyOf(jobs);
    }

    /** Lots and their hours per week, in all and allocated; the jobs' seats and hours per week. */
    public record Totals(int lots, int allocatedLots, int weeklyHours, int allocatedWeeklyHours,
            int unservedWeeklyHours, int jobSeats, int jobWeeklyHours) {
    }

    /**
     * A lot and the cooperative taking it on ({@code travelMinutes} from its base), or, when none does, why.
     *
     * @param comuni the comuni its requests are in (those known), by name
     * @param centre hours-weighted centre of its requests
     * @param place  the request place nearest the centre: where travel is measured to and the jobs are
     * @param from   the earliest start of its requests; {@code until} the latest end
     * @param reason why no cooperative takes it on; null when one does
     */
    public record Lot(String id, ServiceType serviceType, int weeklyHours, int employeesServed,
            List<String> requestIds, List<ComuneRef> comuni, Coordinates centre, double radiusKm, Point place,
            LocalDate from, LocalDate until, String cooperativeId, String cooperativeName, Integer travelMinutes,
            Text reason) {

        public Lot {
            requestIds = List.copyOf(requestIds);
            comuni = List.copyOf(comuni);
        }
    }

    public record ComuneRef(String istatCode, String name) {
    }

    /** A point (WGS84). */
    public record Coordinates(double lat, double lon) {
    }

    /** A request's place; {@code istatCode} and {@code comune} when known. */
    public record Point(double lat, double lon, String istatCode, String comune) {
    }

    /** What a cooperative takes on, per service it offers, against its capacity. */
    public record CooperativeLoad(String id, String name, int weeklyHours, int capacityHours, List<Load> loads) {

        public CooperativeLoad {
            loads = List.copyOf(loads);
        }
    }

    public record Load(ServiceType serviceType, int weeklyHours, int capacityHours) {
    }

    /**
     * Work an allocated lot creates for disadvantaged workers at its cooperative: {@code seats} places of
     * {@code weeklyHoursPerSeat} hours a week, from {@code from} to {@code until}, at the lot's place;
     * {@code id} is "JOB-" + the lot id. The place's comune and consortium are null when not known.
     */
    public record Job(String id, String lotId, String cooperativeId, String cooperativeName, ServiceType serviceType,
            String sector, int seats, int weeklyHoursPerSeat, double lat, double lon, String istatCode,
            String comune, String consortium, LocalDate from, LocalDate until) {
    }
}
