package org.prossima.solver.demand;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.util.UnionFind;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelTimeMatrix;

/**
 * Groups requests into lots. Per service type, a JGraphT graph joins two requests when travel between them (either
 * way, the longer) is within {@link Settings#joinMinutes()} and their periods overlap; the graph's edges are then taken shortest first and
 * join two groups when their hours together stay within {@link Settings#maxLotWeeklyHours()} (single linkage with a
 * cap: without the cap, the groups are the graph's connected components). A request above the cap alone is a lot
 * of its own. The same requests always give the same lots.
 */
public final class DemandAggregator {

    /**
     * @param joinMinutes       requests this close (travel minutes) may share a lot, 1..240
     * @param maxLotWeeklyHours largest lot a cooperative takes on, hours per week, 1..2000
     */
    public record Settings(int joinMinutes, int maxLotWeeklyHours) {

        public static final Settings DEFAULT = new Settings(20, 160);

        public Settings {
            if (joinMinutes < 1 || joinMinutes > 240) {
                throw new IllegalArgumentException("joinMinutes must be within [1, 240]: " + joinMinutes);
            }
            if (maxLotWeeklyHours < 1 || maxLotWeeklyHours > 2000) {
                throw new IllegalArgumentException("maxLotWeeklyHours must be within [1, 2000]: "
                        + maxLotWeeklyHours);
            }
        }
    }

    private DemandAggregator() {
    }

    /**
     * @param requests ids unique
     * @param places   locations the requests refer to by index
     * @param matrix   travel times between {@code places} (car)
     */
    public static List<Lot> aggregate(List<ServiceRequestSpec> requests, List<Location> places,
            TravelTimeMatrix matrix, Settings settings) {
        Objects.requireNonNull(settings, "settings");
        if (matrix.size() != places.size()) {
            throw new IllegalArgumentException("the matrix has " + matrix.size() + " locations, places has "
                    + places.size());
        }
        Map<ServiceType, List<ServiceRequestSpec>> byType = new EnumMap<>(ServiceType.class);
        var ids = new java.util.HashSet<String>();
        for (ServiceRequestSpec request : requests) {
            if (!ids.add(request.id())) {
                throw new IllegalArgumentException("request id is not unique: " + request.id());
            }
            if (request.place() >= places.size()) {
                throw new IllegalArgumentException("request " + request.id() + ": place " + request.place()
                        + " is not in places");
            }
            byType.computeIfAbsent(request.serviceType(), t -> new ArrayList<>()).add(request);
        }
        List<Lot> lots = new ArrayList<>();
        byType.forEach((type, ofType) -> lots.addAll(lotsOf(type, ofType, places, matrix, settings)));
        return lots;
    }

    private static List<Lot> lotsOf(ServiceType type, List<ServiceRequestSpec> requests, List<Location> places,
            TravelTimeMatrix matrix, Settings settings) {
        List<ServiceRequestSpec> sorted = requests.stream().sorted(Comparator.comparing(ServiceRequestSpec::id))
                .toList();
        Graph<ServiceRequestSpec, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        sorted.forEach(graph::addVertex);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                int minutes = minutes(matrix, sorted.get(i).place(), sorted.get(j).place());
                if (minutes <= settings.joinMinutes() && overlap(sorted.get(i), sorted.get(j))) {
                    graph.setEdgeWeight(graph.addEdge(sorted.get(i), sorted.get(j)), minutes);
                }
            }
        }
        List<DefaultWeightedEdge> edges = new ArrayList<>(graph.edgeSet());
        edges.sort(Comparator.comparingDouble(graph::getEdgeWeight)
                .thenComparing(e -> graph.getEdgeSource(e).id()).thenComparing(e -> graph.getEdgeTarget(e).id()));
        UnionFind<ServiceRequestSpec> groups = new UnionFind<>(graph.vertexSet());
        Map<ServiceRequestSpec, Integer> hours = new HashMap<>();
        sorted.forEach(r -> hours.put(r, r.weeklyHours()));
        for (DefaultWeightedEdge edge : edges) {
            ServiceRequestSpec a = groups.find(graph.getEdgeSource(edge));
            ServiceRequestSpec b = groups.find(graph.getEdgeTarget(edge));
            if (a != b && hours.get(a) + hours.get(b) <= settings.maxLotWeeklyHours()) {
                int together = hours.get(a) + hours.get(b);
                groups.union(a, b);
                hours.put(groups.find(a), together);
            }
        }
        Map<ServiceRequestSpec, List<ServiceRequestSpec>> members = new java.util.LinkedHashMap<>();
        for (ServiceRequestSpec request : sorted) {
            members.computeIfAbsent(groups.find(request), k -> new ArrayList<>()).add(request);
        }
        List<Lot> lots = new ArrayList<>();
        for (List<ServiceRequestSpec> lot : members.values()) {
            lots.add(lot(type, lot, places, matrix));
        }
        return lots;
    }

    private static Lot lot(ServiceType type, List<ServiceRequestSpec> requests, List<Location> places,
            TravelTimeMatrix matrix) {
        int hours = 0;
        int employees = 0;
        double lat = 0;
        double lon = 0;
        for (ServiceRequestSpec request : requests) {
            hours += request.weeklyHours();
            employees += request.employeesServed();
            lat += places.get(request.place()).latitude() * request.weeklyHours();
            lon += places.get(request.place()).longitude() * request.weeklyHours();
        }
        Location centre = new Location(lat / hours, lon / hours);
        int nearest = requests.getFirst().place();
        double nearestMetres = Double.MAX_VALUE;
        double radius = 0;
        int inner = 0;
        for (ServiceRequestSpec request : requests) {
            double metres = HaversineTravelTimeMatrix.greatCircleMetres(centre, places.get(request.place()));
            radius = Math.max(radius, metres);
            if (metres < nearestMetres) {
                nearestMetres = metres;
                nearest = request.place();
            }
            for (ServiceRequestSpec other : requests) {
                inner = Math.max(inner, minutes(matrix, request.place(), other.place()));
            }
        }
        List<String> ids = requests.stream().map(ServiceRequestSpec::id).sorted().toList();
        return new Lot(type.name() + "-" + ids.getFirst(), type, ids, hours, employees, centre, nearest,
                Math.round(radius / 100.0) / 10.0, inner);
    }

    /** Whether two requests' periods share at least a day: only then do their hours add up in one lot. */
    static boolean overlap(ServiceRequestSpec a, ServiceRequestSpec b) {
        return !a.until().isBefore(b.from()) && !b.until().isBefore(a.from());
    }

    /** Travel minutes between two places, the longer way round, rounded up. */
    static int minutes(TravelTimeMatrix matrix, int a, int b) {
        long seconds = Math.max(matrix.travelSeconds(a, b), matrix.travelSeconds(b, a));
        return (int) ((seconds + 59) / 60);
    }
}
