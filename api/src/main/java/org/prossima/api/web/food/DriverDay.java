package org.prossima.api.web.food;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.prossima.api.foodrecovery.MyRoutesResponse;
import org.prossima.api.foodrecovery.MyRoutesResponse.Route;
import org.prossima.api.foodrecovery.MyRoutesResponse.Stop;
import org.prossima.api.web.TownHalls;
import org.prossima.api.web.TownHalls.TownHall;

/**
 * A driver's routes as their phone shows them: each stop with the comune it is in (the nearest town hall: the
 * problems place donors by coordinates, not by street), a {@code geo:} link for the phone's navigation, and for a
 * drop-off the donors of the lots handed over.
 */
record DriverDay(LocalDate today, List<DriverRoute> routes) {

    record DriverRoute(String planId, String vehicle, LocalDate day, boolean today, LocalDateTime departure,
            LocalDateTime returnTime, double km, String start, String startGeo, String end, String gpx,
            List<DriverStop> stops) {
    }

    /**
     * A stop: {@code arrival} when the route gets there (it may wait for the donor to open), {@code departure} when it
     * leaves; {@code comune} where it is; {@code geo} the navigation link; {@code handOver} the donors of the lots
     * handed over at a drop-off; {@code status} the report on a pickup.
     */
    record DriverStop(int n, String id, boolean pickup, String name, Integer kg, LocalDateTime arrival,
            LocalDateTime departure, String comune, String geo, List<String> handOver, String status) {
    }

    static DriverDay of(MyRoutesResponse mine, TownHalls townHalls) {
        return new DriverDay(mine.today(), mine.routes().stream().map(r -> route(r, mine.today(), townHalls))
                .toList());
    }

    private static DriverRoute route(Route route, LocalDate today, TownHalls townHalls) {
        Map<String, String> donors = new HashMap<>();
        route.stops().stream().filter(s -> "PICKUP".equals(s.kind())).forEach(s -> donors.put(s.id(), s.name()));
        List<DriverStop> stops = new ArrayList<>();
        for (Stop s : route.stops()) {
            boolean pickup = "PICKUP".equals(s.kind());
            List<String> handOver = pickup || s.delivered() == null ? List.of()
                    : s.delivered().stream().map(id -> donors.getOrDefault(id, id)).toList();
            stops.add(new DriverStop(stops.size() + 1, s.id(), pickup, s.name(), s.kg(), s.arrival(),
                    s.departure(), nearest(townHalls, s.lat(), s.lon()), geo(s.lat(), s.lon(), s.name()), handOver,
                    s.status()));
        }
        return new DriverRoute(route.planId().toString(), route.vehicle(), route.day(), route.day().equals(today),
                route.departure(), route.returnTime(), route.km(), route.start().name(),
                geo(route.start().lat(), route.start().lon(), route.start().name()), route.end().name(), route.gpx(),
                stops);
    }

    /** The standard {@code geo:} URI (RFC 5870 with the Android label), opened by the phone's map apps. */
    static String geo(double lat, double lon, String label) {
        String at = String.format(Locale.ROOT, "%.6f,%.6f", lat, lon);
        String name = label == null ? "" : "(" + URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20")
                + ")";
        return "geo:" + at + "?q=" + at + name;
    }

    private static String nearest(TownHalls townHalls, double lat, double lon) {
        double cos = Math.cos(Math.toRadians(lat));
        return townHalls.townHalls().stream().min(Comparator.comparingDouble((TownHall t) ->
                Math.pow(t.lat() - lat, 2) + Math.pow((t.lon() - lon) * cos, 2))).map(TownHall::name).orElse("");
    }
}
