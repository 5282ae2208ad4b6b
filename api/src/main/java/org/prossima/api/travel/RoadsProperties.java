package org.prossima.api.travel;

import java.nio.file.Path;

import org.prossima.travel.roads.RoadNetworkSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The road network the service plans on.
 *
 * @param osmFile        an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm.gz} or {@code .osm}), e.g. Geofabrik's
 *                       Nord-Ovest; unset: every plan uses the labelled straight-line estimate
 *                       ({@code PROSSIMA_ROADS_OSMFILE})
 * @param graphDirectory where the imported graph is kept between starts ({@code PROSSIMA_ROADS_GRAPHDIRECTORY});
 *                       rebuilt, with a log line saying why, when the file or the profiles change
 * @param maxSnapMetres  how far a place may be from the nearest road open to the profile; farther places are
 *                       reported unroutable
 * @param minNetworkSize road islands with fewer edges are not snapped to
 * @param basemap        whether the screens' maps get a basemap drawn from the same file (roads, rivers, water,
 *                       woods), read once in the background after start and kept in {@code basemapDirectory}
 * @param basemapDirectory where the basemap is kept between starts ({@code PROSSIMA_ROADS_BASEMAPDIRECTORY})
 */
@ConfigurationProperties("prossima.roads")
public record RoadsProperties(
        Path osmFile,
        @DefaultValue(".prossima/graph") Path graphDirectory,
        @DefaultValue("" + RoadNetworkSettings.DEFAULT_MAX_SNAP_METRES) double maxSnapMetres,
        @DefaultValue("" + RoadNetworkSettings.DEFAULT_MIN_NETWORK_SIZE) int minNetworkSize,
        @DefaultValue("true") boolean basemap,
        @DefaultValue(".prossima/basemap") Path basemapDirectory) {

    /** The network's settings, all three profiles (car, van, foot); only when {@link #osmFile} is set. */
    RoadNetworkSettings settings() {
        return RoadNetworkSettings.of(osmFile, graphDirectory).withMaxSnapMetres(maxSnapMetres)
                .withMinNetworkSize(minNetworkSize);
    }
}
