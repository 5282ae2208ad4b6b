package org.prossima.data.demand;

/**
 * Where a request is needed or a cooperative is based: coordinates always (the comune's town hall when only the
 * comune is known), and the ISTAT code of the comune when known (null otherwise).
 */
public record DemandPlace(double lat, double lon, String istatCode) {
}
