package org.prossima.api.demand;

import java.time.LocalDate;
import java.util.List;

import org.prossima.data.demand.AllocationPlanRecord;

/**
 * The lots the current requests make (active, period not ended), recomputed at every call.
 *
 * @param requests    how many requests the lots are made of
 * @param weeklyHours their hours per week in all
 */
public record LotsResponse(int joinMinutes, int maxLotWeeklyHours, String travelTimeSource,
        boolean travelTimeEstimate, int requests, int weeklyHours, List<Lot> lots) {

    /**
     * Requests of one service type close to each other with overlapping periods, served together.
     *
     * @param centre          hours-weighted centre of its requests
     * @param radiusKm        from the centre to the farthest request (great circle), km: the lot's area
     * @param serviceTypeLabel the service's label in the request's language
     * @param comuni          the comuni its requests are in (those known), by name
     * @param place           the request place nearest the centre, where travel is measured to and the jobs are
     * @param maxInnerMinutes the longest travel between two of its requests
     * @param from            the earliest start of its requests
     * @param until           the latest end of its requests
     */
    public record Lot(String id, String serviceType, String serviceTypeLabel, int weeklyHours, int employeesServed,
                      Coordinates centre, double radiusKm, List<ComuneRef> comuni, Point place, int maxInnerMinutes,
                      LocalDate from, LocalDate until, List<LotRequest> requests) {
    }

    /** A request of a lot, without its notes. */
    public record LotRequest(String id, String companyId, String companyName, int weeklyHours, int employeesServed,
                             String istatCode, String comune, LocalDate from, LocalDate until) {
    }

    /** A point (WGS84). */
    public record Coordinates(double lat, double lon) {

        static Coordinates of(AllocationPlanRecord.Coordinates stored) {
            return new Coordinates(stored.lat(), stored.lon());
        }
    }

    /** A request's place; {@code istatCode} and {@code comune} when known. */
    public record Point(double lat, double lon, String istatCode, String comune) {

        static Point of(AllocationPlanRecord.Point stored) {
            return new Point(stored.lat(), stored.lon(), stored.istatCode(), stored.comune());
        }
    }

    public record ComuneRef(String istatCode, String name) {

        static ComuneRef of(AllocationPlanRecord.ComuneRef stored) {
            return new ComuneRef(stored.istatCode(), stored.name());
        }
    }
}
