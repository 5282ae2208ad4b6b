package org.prossima.travel.roads;

import java.util.List;
import java.util.Optional;

import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * Where road matrices are kept between plans, so a repeated plan reads them instead of computing them again: keyed
 * by road profile, graph version and the places, given already rounded ({@link #rounded}) so that a matrix read back
 * equals the one computed. The service keeps them in PostgreSQL; without a cache every matrix is computed.
 */
public interface RoadMatrixCache {

    /**
     * The matrix between {@code places} (distinct, rounded) when the cache holds all of it; empty when anything is
     * missing.
     *
     * @param source the matrix's source text, as the network would give it
     */
    Optional<RoadMatrixResult> find(TravelProfile profile, String graphVersion, List<Location> places, String source);

    /** Keeps a matrix computed between {@code places} (distinct, rounded). */
    void store(TravelProfile profile, String graphVersion, List<Location> places, RoadMatrixResult result);

    /** Forgets what was computed on other road graphs (another map, profiles or settings); returns pairs deleted. */
    int deleteOtherVersions(String graphVersion);

    /** The location rounded to 6 decimals of a degree (about 0.1 m), the precision the cache keys by. */
    static Location rounded(Location l) {
        return new Location(microdegrees(l.latitude()) / 1e6, microdegrees(l.longitude()) / 1e6);
    }

    /** Whole microdegrees, as the cache keys places. */
    static int microdegrees(double degrees) {
        return (int) Math.round(degrees * 1e6);
    }
}
