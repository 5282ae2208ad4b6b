package org.prossima.travel.basemap;

/**
 * One line or area of the basemap: its points in Web Mercator's unit square (x from 0 at 180° W to 1 at 180° E,
 * y from 0 at the north edge to 1 at the south edge), as {@code x0, y0, x1, y1, ...}, and their bounding box.
 */
record BasemapFeature(BasemapLayer layer, double[] xy, double minX, double minY, double maxX, double maxY) {

    /** Positions are multiples of 2<sup>-31</sup> of the world (about 2 cm): what {@link BasemapFile} keeps. */
    static final double FIXED = 1L << 31;

    static BasemapFeature of(BasemapLayer layer, double[] xy) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return new BasemapFeature(layer, xy, minX, minY, maxX, maxY);
    }

    int points() {
        return xy.length / 2;
    }

    static double x(double lon) {
        return fixedPoint((lon + 180.0) / 360.0);
    }

    /** The position as kept in the basemap file, so a basemap read from OpenStreetMap and one loaded draw alike. */
    private static double fixedPoint(double v) {
        return Math.round(v * FIXED) / FIXED;
    }

    static double y(double lat) {
        double clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return fixedPoint(0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI));
    }

    static double lon(double x) {
        return x * 360.0 - 180.0;
    }

    static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
