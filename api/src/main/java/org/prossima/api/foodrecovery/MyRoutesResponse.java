package org.prossima.api.foodrecovery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A volunteer driver's routes of today and tomorrow, by day then vehicle: each from the plan of their association in
 * force that day (its latest solved one). Times are local date-times in Europe/Rome; places WGS84.
 *
 * @param today  the first of the two days, on the territory's calendar
 * @param routes none when no plan in force names them the driver of a vehicle
 */
public record MyRoutesResponse(String driver, LocalDate today, List<Route> routes) {

    /**
     * One vehicle's route.
     *
     * @param deliveredAtEnd lots brought back to the end depot rather than to a recipient
     * @param gpx            the route for navigation apps
     * @param geojson        the route for maps
     */
    public record Route(UUID planId, String vehicle, LocalDate day, LocalDateTime departure, LocalDateTime returnTime,
            double km, long minutes, Place start, Place end, List<Stop> stops, List<String> deliveredAtEnd,
            String gpx, String geojson) {
    }

    /** A depot, where the route starts or ends. */
    public record Place(String id, String name, double lat, double lon) {
    }

    /**
     * A stop in driving order: {@code kind} PICKUP (at the donor {@code name}, collecting {@code kg}) or DROP_OFF (at
     * {@code recipient}, handing over the lots in {@code delivered}). {@code status}: what the driver reported at a
     * pickup (COLLECTED, NOT_AVAILABLE), absent before any report.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Stop(String id, String kind, String recipient, String name, Integer kg, LocalDateTime arrival,
            LocalDateTime departure, double lat, double lon, List<String> delivered, String status) {
    }
}
