package org.prossima.data.catalogue;

import java.util.List;

import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * "Within N minutes of a comune" by the straight-line estimate of
 * {@link HaversineTravelTimeMatrix}: great-circle distance × circuity at the profile's average
 * speed. Search prefilters by a bounding box (index on lat, lon) and then checks the exact
 * great-circle distance against {@link #radiusMetres()}. An offering serving the origin comune
 * counts as reachable wherever it is.
 *
 * @param fromIstatCode the origin comune
 * @param from          its town hall
 * @param minutes       the travel-time limit
 * @param profile       car or public transport (or another profile's average speed)
 */
public record StraightLineReach(String fromIstatCode, Location from, int minutes, TravelProfile profile) {

    private static final double METRES_PER_DEGREE_LATITUDE = Math.PI / 180 * 6_371_008.8;

    /** The great-circle distance within which the estimate is {@code minutes} or less. */
    public double radiusMetres() {
        return minutes * 60.0 * profile.defaultSpeedKmh() / 3.6 / HaversineTravelTimeMatrix.DEFAULT_CIRCUITY;
    }

    public double minLat() {
        return from.latitude() - latitudeDelta();
    }

    public double maxLat() {
        return from.latitude() + latitudeDelta();
    }

    public double minLon() {
        return from.longitude() - longitudeDelta();
    }

    public double maxLon() {
        return from.longitude() + longitudeDelta();
    }

    /** The estimated minutes from the origin's town hall to a point, rounded up. */
    public int minutesTo(double lat, double lon) {
        double metres = HaversineTravelTimeMatrix.greatCircleMetres(from, new Location(lat, lon))
                * HaversineTravelTimeMatrix.DEFAULT_CIRCUITY;
        return (int) Math.ceil(metres / (profile.defaultSpeedKmh() / 3.6) / 60.0 - 1e-9);
    }

    /** How the estimate is made, in the words every straight-line result uses. */
    public String source() {
        return new HaversineTravelTimeMatrix(List.of(from), profile).source();
    }

    private double latitudeDelta() {
        return radiusMetres() / METRES_PER_DEGREE_LATITUDE;
    }

    private double longitudeDelta() {
        double farthestLat = Math.min(89.0, Math.abs(from.latitude()) + latitudeDelta());
        return latitudeDelta() / Math.cos(Math.toRadians(farthestLat));
    }
}
