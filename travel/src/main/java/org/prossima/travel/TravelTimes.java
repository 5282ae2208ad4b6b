package org.prossima.travel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import org.prossima.solver.travel.AverageSpeedTravelTimeMatrix;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.PartialTravelTimeMatrix;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.travel.Unroutable;
import org.prossima.travel.roads.RoadMatrixCache;
import org.prossima.travel.roads.RoadMatrixResult;
import org.prossima.travel.roads.RoadNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where every plan gets its travel times: from the road network when one is loaded, else the labelled straight-line
 * estimate.
 * <ul>
 * <li>CAR, VAN and FOOT: the road network's many-to-many matrix. A location with no road near it, or cut off from
 * the others, is reported with the reason and has no figures.</li>
 * <li>TRANSIT (public transport and walking) has no timetables: the walking network's road metres at
 * {@link TravelProfile#TRANSIT}'s 15 km/h door to door, an estimate and labelled so.</li>
 * </ul>
 * Road matrices are kept in PostgreSQL ({@link RoadMatrixCache}) by profile, graph version and location pair, so
 * a repeated plan reads them instead of computing them; locations are rounded to 6 decimals first, so both ways give
 * the same figures. Thread-safe.
 */
public final class TravelTimes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TravelTimes.class);

    private final RoadNetwork network;
    private final RoadMatrixCache cache;
    private final AtomicLong computed = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();

    /**
     * @param network the road network, or null for straight-line estimates; {@link #close} closes it
     * @param cache   where road matrices are kept, or null to compute every one
     */
    public TravelTimes(RoadNetwork network, RoadMatrixCache cache) {
        this.network = network;
        this.cache = cache;
    }

    /** Straight-line estimates only, as without a map. */
    public static TravelTimes straightLine() {
        return new TravelTimes(null, null);
    }

    public Optional<RoadNetwork> roadNetwork() {
        return Optional.ofNullable(network);
    }

    /** Road matrices computed on the network since start (cache misses). */
    public long computedMatrices() {
        return computed.get();
    }

    /** Road matrices read whole from the cache since start. */
    public long cacheHits() {
        return cacheHits.get();
    }

    /**
     * Travel times between {@code locations} for the profile, with the locations that have none.
     *
     * @param when when the trips are made: the road network and the straight-line estimate do not depend on it,
     *             timetables will
     */
    public TravelTimesResult matrix(List<Location> locations, TravelProfile profile, TimeBand when) {
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(when, "when");
        if (network == null) {
            return new TravelTimesResult(new HaversineTravelTimeMatrix(locations, profile), List.of());
        }
        TravelProfile roadProfile = profile == TravelProfile.TRANSIT ? TravelProfile.FOOT : profile;
        Map<Location, Integer> distinctIndex = new LinkedHashMap<>();
        int[] distinctOf = new int[locations.size()];
        for (int i = 0; i < locations.size(); i++) {
            Location rounded = RoadMatrixCache.rounded(Objects.requireNonNull(locations.get(i), "location"));
            distinctOf[i] = distinctIndex.computeIfAbsent(rounded, l -> distinctIndex.size());
        }
        List<Location> distinct = List.copyOf(distinctIndex.keySet());
        RoadMatrixResult road = roadMatrix(distinct, roadProfile);

        TravelTimeMatrix routed = road.matrix();
        if (profile == TravelProfile.TRANSIT) {
            routed = new AverageSpeedTravelTimeMatrix(routed, TravelProfile.TRANSIT, transitSource());
        }
        Map<Integer, Unroutable> unroutableByDistinct = new LinkedHashMap<>();
        road.unroutable().forEach(u -> unroutableByDistinct.put(u.index(), u));
        int[] innerIndexes = new int[locations.size()];
        List<Unroutable> unroutable = new ArrayList<>();
        boolean identity = distinct.size() == locations.size();
        for (int i = 0; i < locations.size(); i++) {
            OptionalInt at = road.matrixIndex(distinctOf[i]);
            if (at.isPresent()) {
                innerIndexes[i] = at.getAsInt();
                identity &= at.getAsInt() == i;
            } else {
                innerIndexes[i] = PartialTravelTimeMatrix.UNROUTABLE;
                identity = false;
                Unroutable u = unroutableByDistinct.get(distinctOf[i]);
                unroutable.add(new Unroutable(i, locations.get(i), u.reason(), u.detail()));
            }
        }
        TravelTimeMatrix matrix = identity ? routed : new PartialTravelTimeMatrix(routed, innerIndexes);
        return new TravelTimesResult(matrix, unroutable);
    }

    private RoadMatrixResult roadMatrix(List<Location> distinct, TravelProfile roadProfile) {
        long start = System.nanoTime();
        String version = network.graphVersion();
        String source = network.source(roadProfile);
        Optional<RoadMatrixResult> cached = cache == null ? Optional.empty()
                : cache.find(roadProfile, version, distinct, source);
        if (cached.isPresent()) {
            cacheHits.incrementAndGet();
            log(roadProfile, cached.get(), "read from the cache", start);
            return cached.get();
        }
        RoadMatrixResult result = network.matrix(distinct, roadProfile);
        computed.incrementAndGet();
        if (cache != null) {
            cache.store(roadProfile, version, distinct, result);
        }
        log(roadProfile, result, cache == null ? "computed on the road network"
                : "computed on the road network and cached", start);
        return result;
    }

    private static void log(TravelProfile profile, RoadMatrixResult result, String how, long start) {
        LOG.info("Travel times {}: {} places, {} unroutable, {} in {} ms", profile.name().toLowerCase(Locale.ROOT),
                result.matrix().size() + result.unroutable().size(), result.unroutable().size(), how,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** What a TRANSIT matrix on the road network is, for people reading a plan. */
    private String transitSource() {
        return "estimate from road distances: walking routes on the " + network.source(TravelProfile.FOOT)
                + String.format(Locale.ROOT, ", at %.0f km/h door to door", TravelProfile.TRANSIT.defaultSpeedKmh())
                + " (public transport and walking; no timetables)";
    }

    /** Closes the road network, if any. */
    @Override
    public void close() {
        if (network != null) {
            network.close();
        }
    }
}
