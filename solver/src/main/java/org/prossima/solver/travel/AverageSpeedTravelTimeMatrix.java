package org.prossima.solver.travel;

import java.util.Objects;

/**
 * An estimate from another matrix's distances: its metres, travelled at a profile's average speed. For public
 * transport and walking without timetables: the walking network's road distances at
 * {@link TravelProfile#TRANSIT}'s 15 km/h door to door. Always an estimate; road-based when the distances are.
 */
public final class AverageSpeedTravelTimeMatrix implements TravelTimeMatrix {

    private final TravelTimeMatrix distances;
    private final TravelProfile profile;
    private final double metresPerSecond;
    private final String source;

    /**
     * @param distances whose metres are used; its own times are not
     * @param profile   whose {@link TravelProfile#defaultSpeedKmh()} turns metres into seconds
     * @param source    where the figures come from, for people reading a plan
     */
    public AverageSpeedTravelTimeMatrix(TravelTimeMatrix distances, TravelProfile profile, String source) {
        this.distances = Objects.requireNonNull(distances, "distances");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.metresPerSecond = profile.defaultSpeedKmh() / 3.6;
        this.source = Objects.requireNonNull(source, "source");
    }

    @Override
    public int size() {
        return distances.size();
    }

    @Override
    public long travelSeconds(int from, int to) {
        return Math.round(distances.distanceMetres(from, to) / metresPerSecond);
    }

    @Override
    public long distanceMetres(int from, int to) {
        return distances.distanceMetres(from, to);
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
    public boolean routable(int index) {
        return distances.routable(index);
    }

    @Override
    public boolean roadBased() {
        return distances.roadBased();
    }

    @Override
    public String toString() {
        return "AverageSpeedTravelTimeMatrix[" + size() + " locations, " + source + "]";
    }
}
