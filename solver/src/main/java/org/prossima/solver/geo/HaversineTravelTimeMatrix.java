package org.prossima.solver.geo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Straight-line estimate: great-circle (haversine) distance multiplied by a circuity factor, travelled at the
 * profile's default average speed. Used when no road network is available, and always labelled as an estimate.
 */
public final class HaversineTravelTimeMatrix implements TravelTimeMatrix {

    /** Typical ratio of road distance to great-circle distance for rural and hilly road networks. */
    public static final double DEFAULT_CIRCUITY = 1.35;

    /** Mean Earth radius (IUGG), metres. */
    static final double EARTH_RADIUS_METRES = 6_371_008.8;

    private final int size;
    private final long[] seconds;
    private final long[] metres;
    private final TravelProfile profile;
    private final String source;

    public HaversineTravelTimeMatrix(List<Location> locations, TravelProfile profile) {
        this(locations, profile, DEFAULT_CIRCUITY);
    }

    public HaversineTravelTimeMatrix(List<Location> locations, TravelProfile profile, double circuity) {
        Objects.requireNonNull(locations, "locations");
        this.profile = Objects.requireNonNull(profile, "profile");
        if (!(circuity >= 1.0 && circuity <= 5.0)) {
            throw new IllegalArgumentException(
                    "circuity must be within [1, 5] (road distance / straight-line distance): " + circuity);
        }
        this.size = locations.size();
        this.seconds = new long[size * size];
        this.metres = new long[size * size];
        double metresPerSecond = profile.defaultSpeedKmh() / 3.6;
        for (int from = 0; from < size; from++) {
            Location a = Objects.requireNonNull(locations.get(from), "location " + from);
            for (int to = 0; to < size; to++) {
                double road = greatCircleMetres(a, locations.get(to)) * circuity;
                metres[from * size + to] = Math.round(road);
                seconds[from * size + to] = Math.round(road / metresPerSecond);
            }
        }
        this.source = String.format(Locale.ROOT, "straight-line estimate: great-circle distance × %.2f at %s km/h (%s)",
                circuity, formatSpeed(profile.defaultSpeedKmh()), profile.name().toLowerCase(Locale.ROOT));
    }

    /** Great-circle distance in metres by the haversine formula on a sphere of the mean Earth radius. */
    public static double greatCircleMetres(Location a, Location b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = sq(Math.sin(dLat / 2)) + Math.cos(lat1) * Math.cos(lat2) * sq(Math.sin(dLon / 2));
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    private static double sq(double x) {
        return x * x;
    }

    private static String formatSpeed(double kmh) {
        return kmh == Math.rint(kmh) ? Long.toString((long) kmh) : String.format(Locale.ROOT, "%.1f", kmh);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long travelSeconds(int from, int to) {
        return seconds[index(from, to)];
    }

    @Override
    public long distanceMetres(int from, int to) {
        return metres[index(from, to)];
    }

    private int index(int from, int to) {
        Objects.checkIndex(from, size);
        Objects.checkIndex(to, size);
        return from * size + to;
    }

    @Override
    public TravelProfile profile() {
        return profile;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public boolean estimate() {
        return true;
    }

    @Override
    public String toString() {
        return "HaversineTravelTimeMatrix[" + size + " locations, " + source + "]";
    }
}
