package org.prossima.travel.basemap;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.graphhopper.reader.ReaderWay;

/**
 * What the basemap draws, in drawing order (areas first, the biggest roads last), each from the zoom it starts at.
 * A way of OpenStreetMap belongs to at most one layer. Multipolygon relations (the biggest lakes and woods) are not
 * read: areas drawn are closed ways.
 */
public enum BasemapLayer {
    WOOD(true, 11),
    BUILT(true, 10),
    WATER(true, 8),
    STREAM(false, 13),
    RIVER(false, 8),
    PATH(false, 14),
    MINOR_ROAD(false, 12),
    RAIL(false, 9),
    MEDIUM_ROAD(false, 10),
    MAJOR_ROAD(false, 8),
    MOTORWAY(false, 7);

    private static final Set<String> MOTORWAYS = Set.of("motorway", "motorway_link");
    private static final Set<String> MAJOR = Set.of("trunk", "trunk_link", "primary", "primary_link");
    private static final Set<String> MEDIUM = Set.of("secondary", "secondary_link", "tertiary", "tertiary_link");
    private static final Set<String> MINOR = Set.of("unclassified", "residential", "living_street", "service", "road");
    private static final Set<String> PATHS = Set.of("track", "path", "footway", "cycleway", "pedestrian", "steps",
            "bridleway");
    private static final Set<String> BUILT_LANDUSE = Set.of("residential", "commercial", "industrial", "retail");
    private static final Set<String> WOOD_LANDUSE = Set.of("forest");

    private final boolean area;
    private final int minZoom;

    BasemapLayer(boolean area, int minZoom) {
        this.area = area;
        this.minZoom = minZoom;
    }

    /** Whether the layer's features are closed rings (filled), not lines. */
    public boolean area() {
        return area;
    }

    /** The first zoom the layer is drawn at. */
    public int minZoom() {
        return minZoom;
    }

    /** The name in a tile: lower case, e.g. {@code major_road}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layer a way belongs to, if the basemap draws it. Areas must be closed ways. */
    static Optional<BasemapLayer> of(ReaderWay way, boolean closed) {
        String highway = way.getTag("highway");
        if (highway != null && !"area".equals(way.getTag("area", ""))) {
            if (MOTORWAYS.contains(highway)) {
                return Optional.of(MOTORWAY);
            }
            if (MAJOR.contains(highway)) {
                return Optional.of(MAJOR_ROAD);
            }
            if (MEDIUM.contains(highway)) {
                return Optional.of(MEDIUM_ROAD);
            }
            if (MINOR.contains(highway)) {
                return Optional.of(MINOR_ROAD);
            }
            if (PATHS.contains(highway)) {
                return Optional.of(PATH);
            }
            return Optional.empty();
        }
        String railway = way.getTag("railway");
        if ("rail".equals(railway) || "light_rail".equals(railway) || "narrow_gauge".equals(railway)) {
            return Optional.of(RAIL);
        }
        String waterway = way.getTag("waterway");
        if (waterway != null && !closed) {
            if ("river".equals(waterway) || "canal".equals(waterway)) {
                return Optional.of(RIVER);
            }
            if ("stream".equals(waterway)) {
                return Optional.of(STREAM);
            }
        }
        if (!closed) {
            return Optional.empty();
        }
        if ("water".equals(way.getTag("natural")) || "riverbank".equals(waterway)
                || "reservoir".equals(way.getTag("landuse")) || "basin".equals(way.getTag("landuse"))) {
            return Optional.of(WATER);
        }
        String landuse = way.getTag("landuse");
        if (landuse != null && BUILT_LANDUSE.contains(landuse)) {
            return Optional.of(BUILT);
        }
        if ((landuse != null && WOOD_LANDUSE.contains(landuse)) || "wood".equals(way.getTag("natural"))) {
            return Optional.of(WOOD);
        }
        return Optional.empty();
    }
}
