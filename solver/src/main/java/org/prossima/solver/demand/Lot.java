package org.prossima.solver.demand;

import java.util.List;

import org.prossima.solver.travel.Location;

/**
 * Requests of one service type close enough to be served together by one cooperative.
 *
 * @param id              stable for the same requests: the service type and the smallest request id
 * @param serviceType     the service
 * @param requestIds      the requests, sorted
 * @param weeklyHours     total hours per week
 * @param employeesServed total employees served
 * @param centre          hours-weighted centre of the requests' places
 * @param place           index of the request place nearest the centre (where travel is measured to)
 * @param radiusKm        great-circle distance from the centre to the farthest request, km (the lot's area)
 * @param maxInnerMinutes longest travel between two of its requests (car estimate or road), minutes
 */
public record Lot(String id, ServiceType serviceType, List<String> requestIds, int weeklyHours, int employeesServed,
        Location centre, int place, double radiusKm, int maxInnerMinutes) {

    public Lot {
        requestIds = List.copyOf(requestIds);
    }
}
