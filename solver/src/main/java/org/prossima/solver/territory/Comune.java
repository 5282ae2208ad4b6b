package org.prossima.solver.territory;

/**
 * A comune of the territory. {@code consortiumCode} and {@code districtCode} are null where
 * membership is not known from a source.
 */
public record Comune(String istatCode, String name, String province, int population,
                     double lat, double lon, String asl, String consortiumCode, String districtCode) {
}
