package org.prossima.travel.roads;

import java.util.List;
import java.util.Objects;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.storage.RoutingCHGraph;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;

/**
 * Locations snapped to the road network of one profile: for each, the node of the query graph it became (a
 * virtual node on the nearest edge, or a junction), or the reason it could not be snapped. The CH graph here is
 * the profile's contraction hierarchy with the snapped points added, ready for many-to-many or point-to-point
 * searches. Valid as long as the {@link RoadNetwork} is open.
 */
public final class SnappedLocations {

    static final int NOT_SNAPPED = -1;

    private final List<Location> locations;
    private final TravelProfile profile;
    private final int[] nodes;
    private final List<Unroutable> notSnapped;
    private final QueryGraph queryGraph;
    private final RoutingCHGraph chGraph;

    SnappedLocations(List<Location> locations, TravelProfile profile, int[] nodes, List<Unroutable> notSnapped,
            QueryGraph queryGraph, RoutingCHGraph chGraph) {
        this.locations = List.copyOf(locations);
        this.profile = Objects.requireNonNull(profile, "profile");
        this.nodes = nodes.clone();
        this.notSnapped = List.copyOf(notSnapped);
        this.queryGraph = queryGraph;
        this.chGraph = chGraph;
    }

    public List<Location> locations() {
        return locations;
    }

    public TravelProfile profile() {
        return profile;
    }

    public int size() {
        return locations.size();
    }

    public boolean isSnapped(int index) {
        return nodes[index] != NOT_SNAPPED;
    }

    /** The query-graph node of a snapped location. */
    public int node(int index) {
        if (!isSnapped(index)) {
            throw new IllegalArgumentException("location " + index + " was not snapped to a road");
        }
        return nodes[index];
    }

    /** The locations with no road open to the profile within the snapping distance, by increasing index. */
    public List<Unroutable> notSnapped() {
        return notSnapped;
    }

    /** The base graph with the snapped points as virtual nodes and edges. */
    public QueryGraph queryGraph() {
        return queryGraph;
    }

    /** The profile's contraction hierarchy with the snapped points as virtual nodes. */
    public RoutingCHGraph chGraph() {
        return chGraph;
    }
}
