package org.prossima.api.web.placement;

import java.util.Optional;

import org.prossima.api.web.TownHalls;

/** Where a candidate lives or an opportunity is, for a map: its coordinates, else its comune's town hall. */
final class Places {

    private Places() {
    }

    static Optional<double[]> of(Double lat, Double lon, String istatCode, TownHalls townHalls) {
        if (lat != null && lon != null) {
            return Optional.of(new double[] {lat, lon});
        }
        return townHalls.comune(istatCode).map(c -> new double[] {c.lat(), c.lon()});
    }
}
