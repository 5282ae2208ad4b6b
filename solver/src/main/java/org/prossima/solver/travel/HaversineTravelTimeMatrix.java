package org.prossima.solver.travel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Straight-line estimate: great-circle (haversine) distance multiplied by a circuity factor, travelled at the
 * profile's default average speed. Used when no road network is available, and always labelled as an estimate.
 */
public final class HaversineTravelTimeMatrix extends AbstractFlatTravelTimeMatrix {

    /** Typical ratio of road distance to great-circle distance for rural and hilly road networks. */
    public static final double DEFAULT_CIRCUITY = 1.35;

    /** Mean Earth radius (IUGG), metres. */
    public static final double EARTH_RADIUS_METRES = 6_371_008.8;

    public HaversineTravelTimeMatrix(List<Location> locations, TravelProfile profile) {
        this(locations, profile, DEFAULT_CIRCUITY);
    }

    public HaversineTravelTimeMatrix(List<Location> locations, TravelProfile profile, double circuity) {
        this(locations, profile, checkedCircuity(circuity), roadMetres(locations, circuity));
    }

    private HaversineTravelTimeMatrix(List<Location> locations, TravelProfile profile, double circuity,
            long[] metres) {
        super(locations.size(), secondsAsMillis(seconds(metres, profile)), wholeMetres(metres), profile,
                String.format(Locale.ROOT, "straight-line estimate: great-circle distance × %.2f at %s km/h (%s)",
                        circuity, formatSpeed(profile.defaultSpeedKmh()), profile.name().toLowerCase(Locale.ROOT)));
    }

    private static double checkedCircuity(double circuity) {
        if (!(circuity >= 1.0 && circuity <= 5.0)) {
            throw new IllegalArgumentException(
                    "circuity must be within [1, 5] (road distance / straight-line distance): " + circuity);
        }
        return circuity;
    }

    private static long[] roadMetres(List<Location> locations, double circuity) {
        Objects.requireNonNull(locations, "locations");
        int size = locations.size();
        long[] metres = new long[size * size];
        for (int from = 0; from < size; from++) {
            Location a = Objects.requireNonNull(locations.get(from), "location " + from);
            for (int to = 0; to < size; to++) {
                metres[from * size + to] = Math.round(greatCircleMetres(a, locations.get(to)) * circuity);
            }
        }
        return metres;
    }

    private static long[] seconds(long[] metres, TravelProfile profile) {
        double metresPerSecond = Objects.requireNonNull(profile, "profile").defaultSpeedKmh() / 3.6;
        long[] seconds = new long[metres.length];
        for (int i = 0; i < metres.length; i++) {
            seconds[i] = Math.round(metres[i] / metresPerSecond);
        }
        return seconds;
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
    public boolean estimate() {
        return true;
    }
}
