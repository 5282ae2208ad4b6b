package org.prossima.solver.travel;

/**
 * A point on the Earth in WGS84 decimal degrees.
 *
 * @param latitude  degrees north, within [-90, 90]
 * @param longitude degrees east, within [-180, 180]
 */
public record Location(double latitude, double longitude) {

    public Location {
        if (!(latitude >= -90.0 && latitude <= 90.0)) {
            throw new IllegalArgumentException(
                    "latitude must be within [-90, 90] degrees: " + latitude + " (is latitude swapped with longitude?)");
        }
        if (!(longitude >= -180.0 && longitude <= 180.0)) {
            throw new IllegalArgumentException("longitude must be within [-180, 180] degrees: " + longitude);
        }
    }
}
