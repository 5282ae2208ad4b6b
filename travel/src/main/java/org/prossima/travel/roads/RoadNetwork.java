package org.prossima.travel.roads;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.Constants;
import com.graphhopper.util.PointList;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;
import org.prossima.travel.roads.GraphCache.Source;
import org.prossima.travel.roads.ManyToManyCH.PairFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The road network of an OpenStreetMap extract, imported by GraphHopper with a contraction hierarchy per profile
 * and cached on disk ({@link GraphCache}); travel-time matrices between locations by the many-to-many search on the
 * hierarchy ({@link ManyToManyCH}). Thread-safe once opened: each matrix builds its own query graph and searches.
 */
public final class RoadNetwork implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RoadNetwork.class);

    private final RoadNetworkSettings settings;
    private final GraphHopper hopper;
    private final Map<TravelProfile, ProfileGraph> graphs;
    private final RoadGraphStatus status;
    private final String graphVersion;

    private record ProfileGraph(TravelProfile profile, String name, RoutingCHGraph ch, EdgeFilter snapFilter,
            ShortcutFigures shortcuts) {
    }

    private RoadNetwork(RoadNetworkSettings settings, GraphHopper hopper, Map<TravelProfile, ProfileGraph> graphs,
            RoadGraphStatus status, String graphVersion) {
        this.settings = settings;
        this.hopper = hopper;
        this.graphs = graphs;
        this.status = status;
        this.graphVersion = graphVersion;
    }

    /**
     * Loads the cached graph of {@code settings.graphDirectory()} when it was built from the same OSM file (size and
     * modification time) and profiles; otherwise imports the OSM file there, emptying the directory first. Says which
     * and why in the log and in {@link #status()}.
     */
    public static RoadNetwork open(RoadNetworkSettings settings) {
        long start = System.nanoTime();
        Path dir = settings.graphDirectory();
        Source wanted = Source.of(settings.osmFile(),
                RoadProfiles.describe(settings.profiles(), settings.minNetworkSize()));
        RoadGraphImport.Opened opened = RoadGraphImport.open(settings, wanted);
        GraphHopper hopper = opened.hopper();
        Map<TravelProfile, ProfileGraph> graphs;
        try {
            graphs = profileGraphs(hopper, settings.profiles());
        } catch (RuntimeException e) {
            hopper.close();
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        RoadGraphStatus status = new RoadGraphStatus(opened.opening(), opened.reason(), took, dir,
                GraphCache.sizeInBytes(dir));
        LOG.info("Road graph {} in {} s: {}, profiles {}, {} nodes, {} edges, {} MB on disk in {}",
                status.opening().name().toLowerCase(Locale.ROOT),
                String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0), settings.osmFile().getFileName(),
                RoadProfiles.sorted(settings.profiles()), hopper.getBaseGraph().getNodes(),
                hopper.getBaseGraph().getEdges(), String.format(Locale.ROOT, "%.1f", status.directoryBytes() / 1e6),
                dir.toAbsolutePath());
        return new RoadNetwork(settings, hopper, graphs, status, graphVersion(wanted, settings.maxSnapMetres()));
    }

    /**
     * A fingerprint of everything that decides a matrix's figures: what the graph was built from (the OSM file's size
     * and modification time, the profiles, the GraphHopper version, as in the graph cache's record) and how far a
     * location may snap.
     */
    static String graphVersion(Source source, double maxSnapMetres) {
        String text = "osm.bytes=" + source.osmBytes() + ";osm.modified.millis=" + source.osmModifiedMillis()
                + ";profiles.sha256=" + source.profiles() + ";graphhopper=" + source.graphHopperVersion()
                + ";max_snap_metres=" + maxSnapMetres;
        return GraphCache.sha256(text).substring(0, 16);
    }

    private static Map<TravelProfile, ProfileGraph> profileGraphs(GraphHopper hopper, Set<TravelProfile> profiles) {
        Map<TravelProfile, ProfileGraph> graphs = new EnumMap<>(TravelProfile.class);
        for (TravelProfile p : RoadProfiles.sorted(profiles)) {
            String name = RoadProfiles.name(p);
            RoutingCHGraph ch = Objects.requireNonNull(hopper.getCHGraphs().get(name),
                    () -> "no contraction hierarchy for profile " + name);
            EdgeFilter snapFilter = new DefaultSnapFilter(ch.getWeighting(),
                    hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(name)));
            graphs.put(p, new ProfileGraph(p, name, ch, snapFilter, ShortcutFigures.of(ch)));
        }
        return graphs;
    }

    public RoadGraphStatus status() {
        return status;
    }

    /**
     * Changes whenever a matrix computed on this network could differ: another OSM file (size or modification
     * time), other profiles, another GraphHopper version or another snapping distance. Keys the matrix cache.
     */
    public String graphVersion() {
        return graphVersion;
    }

    public RoadNetworkSettings settings() {
        return settings;
    }

    /** The travel profiles prepared, e.g. CAR, VAN, FOOT. */
    public Set<TravelProfile> profiles() {
        return graphs.keySet();
    }

    /** {@code "road network: OpenStreetMap andorra.osm.pbf, GraphHopper 11.0, profile car"}. */
    public String source(TravelProfile profile) {
        return "road network: OpenStreetMap " + settings.osmFile().getFileName() + ", GraphHopper " + Constants.VERSION
                + ", profile " + graph(profile).name();
    }

    private ProfileGraph graph(TravelProfile profile) {
        RoadProfiles.requireRoadProfile(profile);
        ProfileGraph g = graphs.get(profile);
        if (g == null) {
            throw new IllegalArgumentException("profile " + profile + " was not prepared for this road network "
                    + "(prepared: " + graphs.keySet() + "); add it to the road profiles setting");
        }
        return g;
    }

    /** Travel times and distances between {@code locations}, leaving out, with the reason, those that cannot be routed. */
    public RoadMatrixResult matrix(List<Location> locations, TravelProfile profile) {
        return matrix(snap(locations, profile));
    }

    /**
     * Snaps each location to the nearest road open to the profile (not to islands below the minimum network size);
     * one farther than the maximum snapping distance is reported, not snapped.
     */
    public SnappedLocations snap(List<Location> locations, TravelProfile profile) {
        Objects.requireNonNull(locations, "locations");
        ProfileGraph g = graph(profile);
        double max = settings.maxSnapMetres();
        List<Snap> snaps = new ArrayList<>();
        int[] snapOf = new int[locations.size()];
        List<Unroutable> notSnapped = new ArrayList<>();
        for (int i = 0; i < locations.size(); i++) {
            Location l = Objects.requireNonNull(locations.get(i), () -> "location is null");
            Snap snap = hopper.getLocationIndex().findClosest(l.latitude(), l.longitude(), g.snapFilter());
            if (!snap.isValid()) {
                snapOf[i] = SnappedLocations.NOT_SNAPPED;
                notSnapped.add(new Unroutable(i, l, UnroutableReason.NO_ROAD_NEARBY,
                        "no road open to " + g.name() + " near it (outside the map or far from any road)"));
            } else if (snap.getQueryDistance() > max) {
                snapOf[i] = SnappedLocations.NOT_SNAPPED;
                notSnapped.add(new Unroutable(i, l, UnroutableReason.NO_ROAD_NEARBY, String.format(Locale.ROOT,
                        "nearest road open to %s is %.0f m away, more than the %.0f m allowed", g.name(),
                        snap.getQueryDistance(), max)));
            } else {
                snapOf[i] = snaps.size();
                snaps.add(snap);
            }
        }
        QueryGraph queryGraph = QueryGraph.create(hopper.getBaseGraph(), snaps);
        int[] nodes = new int[locations.size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = snapOf[i] == SnappedLocations.NOT_SNAPPED ? SnappedLocations.NOT_SNAPPED
                    : snaps.get(snapOf[i]).getClosestNode();
        }
        return new SnappedLocations(locations, profile, nodes, notSnapped, queryGraph,
                new QueryRoutingCHGraph(g.ch(), queryGraph));
    }

    /**
     * The matrix between snapped locations by the many-to-many search. Snapped locations that do not all reach one
     * another are split into groups that do; the largest group (the first on a tie) makes the matrix, the others are
     * reported {@link UnroutableReason#NOT_CONNECTED}.
     */
    public RoadMatrixResult matrix(SnappedLocations snapped) {
        ProfileGraph g = graph(snapped.profile());
        int[] routable = IntStream.range(0, snapped.size()).filter(snapped::isSnapped).toArray();
        Map<Integer, Integer> distinctOfNode = new HashMap<>();
        int[] distinct = new int[routable.length];
        for (int k = 0; k < routable.length; k++) {
            distinct[k] = distinctOfNode.computeIfAbsent(snapped.node(routable[k]), n -> distinctOfNode.size());
        }
        int[] nodes = new int[distinctOfNode.size()];
        distinctOfNode.forEach((node, d) -> nodes[d] = node);
        PairFigures figures = new ManyToManyCH(snapped.chGraph(), g.shortcuts(), hopper.getBaseGraph().getNodes(),
                hopper.getBaseGraph().getEdges(), g.ch().getEdges()).compute(nodes);
        return ConnectedGroups.result(snapped, routable, distinct, figures, source(snapped.profile()));
    }

    /**
     * GraphHopper's own route between two points for the profile, with its own snapping (no distance limit); empty
     * when it finds none. For checks and comparisons: matrices come from {@link #matrix}.
     */
    public Optional<RoadRoute> route(Location from, Location to, TravelProfile profile) {
        GHRequest request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude())
                .setProfile(graph(profile).name());
        request.putHint("instructions", false);
        request.putHint("calc_points", false);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            return Optional.empty();
        }
        ResponsePath best = response.getBest();
        return Optional.of(new RoadRoute(best.getTime(), best.getDistance()));
    }

    /**
     * The road geometry of GraphHopper's route between two points for the profile, as the points of its path from the
     * road nearest {@code from} to the road nearest {@code to}; empty when it finds none. For drawing routes.
     */
    public Optional<List<Location>> path(Location from, Location to, TravelProfile profile) {
        GHRequest request = new GHRequest(from.latitude(), from.longitude(), to.latitude(), to.longitude())
                .setProfile(graph(profile).name());
        request.putHint("instructions", false);
        request.putHint("calc_points", true);
        GHResponse response = hopper.route(request);
        if (response.hasErrors()) {
            return Optional.empty();
        }
        PointList points = response.getBest().getPoints();
        List<Location> path = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            path.add(new Location(points.getLat(i), points.getLon(i)));
        }
        return Optional.of(path);
    }

    /** For benchmarks and tests that compare with GraphHopper's own algorithms. */
    public GraphHopper graphHopper() {
        return hopper;
    }

    @Override
    public void close() {
        hopper.close();
    }

    @Override
    public String toString() {
        return "RoadNetwork[" + settings.osmFile().getFileName() + ", " + graphs.keySet() + ", "
                + hopper.getBaseGraph().getNodes() + " nodes]";
    }
}
