package org.prossima.data.travel;

import static org.prossima.travel.roads.RoadMatrixCache.microdegrees;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;
import org.prossima.travel.roads.RoadMatrixCache;
import org.prossima.travel.roads.RoadMatrixResult;
import org.prossima.travel.roads.RoadTravelTimeMatrix;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Road matrices in PostgreSQL, pair by pair (V6): keyed by road profile, graph version and the two places in
 * whole microdegrees, with the places that have no travel times and why (no road nearby: for any list of places;
 * cut off from the others: for that list only). A lookup reads every pair of a list of places in one query and
 * answers only when all are there; a computed matrix is stored in a few large statements. Places are given already
 * rounded to 6 decimals ({@link RoadMatrixCache#rounded}), so a matrix read back equals the one computed.
 */
@Repository
public class RoadMatrixTable implements RoadMatrixCache {

    /** Pairs per insert statement. */
    private static final int CHUNK = 20_000;

    private final JdbcClient jdbc;

    public RoadMatrixTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Key(int lat, int lon) {
    }

    /**
     * The matrix between {@code places} (distinct, rounded) when the cache holds all of it: every place either known
     * to have no road near it, or with its pairs to every other such place. Empty when anything is missing.
     *
     * @param source the matrix's source text, as the network would give it
     */
    @Override
    public Optional<RoadMatrixResult> find(TravelProfile profile, String graphVersion, List<Location> places,
            String source) {
        int[] lats = places.stream().mapToInt(l -> microdegrees(l.latitude())).toArray();
        int[] lons = places.stream().mapToInt(l -> microdegrees(l.longitude())).toArray();
        Map<Key, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            indexOf.put(new Key(lats[i], lons[i]), i);
        }
        Map<Integer, Unroutable> offRoad = new HashMap<>();
        jdbc.sql("""
                select u.lat, u.lon, u.reason, u.detail
                from unnest(cast(:lats as int[]), cast(:lons as int[])) as p(lat, lon)
                join travel_place_unroutable u on u.profile = :profile and u.graph_version = :version
                    and u.location_set in ('', :set) and u.lat = p.lat and u.lon = p.lon
                """).param("lats", lats).param("lons", lons).param("profile", profile.name())
                .param("version", graphVersion).param("set", locationSet(lats, lons))
                .query(rs -> {
                    int i = indexOf.get(new Key(rs.getInt("lat"), rs.getInt("lon")));
                    offRoad.put(i, new Unroutable(i, places.get(i), UnroutableReason.valueOf(rs.getString("reason")),
                            rs.getString("detail")));
                });
        List<Integer> routed = new ArrayList<>();
        int[] routedIndex = new int[places.size()];
        Arrays.fill(routedIndex, -1);
        for (int i = 0; i < places.size(); i++) {
            if (!offRoad.containsKey(i)) {
                routedIndex[i] = routed.size();
                routed.add(i);
            }
        }
        int size = routed.size();
        long[] millis = new long[size * size];
        double[] metres = new double[size * size];
        int[] routedLats = routed.stream().mapToInt(i -> lats[i]).toArray();
        int[] routedLons = routed.stream().mapToInt(i -> lons[i]).toArray();
        int[] found = {0};
        if (size > 0) {
            jdbc.sql("""
                    select c.from_lat, c.from_lon, c.to_lat, c.to_lon, c.millis, c.metres
                    from unnest(cast(:lats as int[]), cast(:lons as int[])) as f(lat, lon)
                    join travel_matrix_cache c on c.profile = :profile and c.graph_version = :version
                        and c.from_lat = f.lat and c.from_lon = f.lon
                    join unnest(cast(:lats as int[]), cast(:lons as int[])) as t(lat, lon)
                        on c.to_lat = t.lat and c.to_lon = t.lon
                    """).param("lats", routedLats).param("lons", routedLons).param("profile", profile.name())
                    .param("version", graphVersion)
                    .query(rs -> {
                        int from = routedIndex[indexOf.get(new Key(rs.getInt("from_lat"), rs.getInt("from_lon")))];
                        int to = routedIndex[indexOf.get(new Key(rs.getInt("to_lat"), rs.getInt("to_lon")))];
                        millis[from * size + to] = rs.getLong("millis");
                        metres[from * size + to] = rs.getDouble("metres");
                        found[0]++;
                    });
        }
        if (found[0] != size * size) {
            return Optional.empty();
        }
        List<Unroutable> unroutable = offRoad.values().stream()
                .sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        return Optional.of(new RoadMatrixResult(new RoadTravelTimeMatrix(size, millis, metres, profile, source),
                routed, unroutable));
    }

    /**
     * Stores a matrix computed between {@code places} (distinct, rounded): every pair of routed places, and the places
     * without travel times (those cut off from the others for this list of places only). Rows already there are kept.
     */
    @Override
    public void store(TravelProfile profile, String graphVersion, List<Location> places, RoadMatrixResult result) {
        RoadTravelTimeMatrix m = result.matrix();
        int size = m.size();
        List<Integer> indexes = result.locationIndexes();
        int pairs = size * size;
        for (int start = 0; start < pairs; start += CHUNK) {
            int end = Math.min(pairs, start + CHUNK);
            int n = end - start;
            int[] fromLat = new int[n];
            int[] fromLon = new int[n];
            int[] toLat = new int[n];
            int[] toLon = new int[n];
            long[] millis = new long[n];
            double[] metres = new double[n];
            for (int k = 0; k < n; k++) {
                int from = (start + k) / size;
                int to = (start + k) % size;
                Location a = places.get(indexes.get(from));
                Location b = places.get(indexes.get(to));
                fromLat[k] = microdegrees(a.latitude());
                fromLon[k] = microdegrees(a.longitude());
                toLat[k] = microdegrees(b.latitude());
                toLon[k] = microdegrees(b.longitude());
                millis[k] = m.travelMillis(from, to);
                metres[k] = m.exactMetres(from, to);
            }
            jdbc.sql("""
                    insert into travel_matrix_cache
                        (profile, graph_version, from_lat, from_lon, to_lat, to_lon, millis, metres)
                    select :profile, :version, p.* from unnest(cast(:fromLat as int[]), cast(:fromLon as int[]),
                        cast(:toLat as int[]), cast(:toLon as int[]), cast(:millis as bigint[]),
                        cast(:metres as float8[])) as p
                    on conflict do nothing
                    """).param("profile", profile.name()).param("version", graphVersion).param("fromLat", fromLat)
                    .param("fromLon", fromLon).param("toLat", toLat).param("toLon", toLon).param("millis", millis)
                    .param("metres", metres).update();
        }
        String set = locationSet(places.stream().mapToInt(l -> microdegrees(l.latitude())).toArray(),
                places.stream().mapToInt(l -> microdegrees(l.longitude())).toArray());
        for (Unroutable u : result.unroutable()) {
            Location l = places.get(u.index());
            jdbc.sql("""
                    insert into travel_place_unroutable
                        (profile, graph_version, location_set, lat, lon, reason, detail)
                    values (:profile, :version, :set, :lat, :lon, :reason, :detail)
                    on conflict do nothing
                    """).param("profile", profile.name()).param("version", graphVersion)
                    .param("set", u.reason() == UnroutableReason.NO_ROAD_NEARBY ? "" : set)
                    .param("lat", microdegrees(l.latitude())).param("lon", microdegrees(l.longitude()))
                    .param("reason", u.reason().name()).param("detail", u.detail()).update();
        }
    }

    /** A fingerprint of a list of places, in order: a place cut off from the others is so for this list only. */
    static String locationSet(int[] lats, int[] lons) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lats.length; i++) {
            text.append(lats[i]).append(',').append(lons[i]).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Deletes what was computed on other road graphs (another map, profiles or settings); returns pairs deleted. */
    @Override
    public int deleteOtherVersions(String graphVersion) {
        jdbc.sql("delete from travel_place_unroutable where graph_version <> :version")
                .param("version", graphVersion).update();
        return jdbc.sql("delete from travel_matrix_cache where graph_version <> :version")
                .param("version", graphVersion).update();
    }
}
