package org.prossima.travel.roads;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.prossima.solver.travel.TravelProfile;

/**
 * Where the road network comes from and how it is used.
 *
 * @param osmFile        the OpenStreetMap extract, {@code .osm.pbf}, {@code .osm.gz} or plain {@code .osm} XML
 * @param graphDirectory where the imported graph is cached; created when missing, reused at the next start and
 *                       rebuilt when the OSM file or the profiles change
 * @param maxSnapMetres  how far a location may be from the nearest road open to the profile; farther locations
 *                       are reported unroutable
 * @param minNetworkSize road-network islands with fewer edges than this are not snapped to (GraphHopper's
 *                       subnetwork removal; 200 by default, 0 keeps every island)
 * @param profiles       the travel profiles to prepare (CAR, VAN, FOOT; not TRANSIT)
 */
public record RoadNetworkSettings(Path osmFile, Path graphDirectory, double maxSnapMetres, int minNetworkSize,
        Set<TravelProfile> profiles) {

    public static final double DEFAULT_MAX_SNAP_METRES = 500.0;
    public static final int DEFAULT_MIN_NETWORK_SIZE = 200;

    public RoadNetworkSettings {
        Objects.requireNonNull(osmFile, "osmFile");
        Objects.requireNonNull(graphDirectory, "graphDirectory");
        Objects.requireNonNull(profiles, "profiles");
        if (!Files.isRegularFile(osmFile)) {
            throw new IllegalArgumentException("OpenStreetMap file not found: " + osmFile.toAbsolutePath()
                    + " (give the path of an .osm.pbf or .osm.gz extract, e.g. the Nord-Ovest extract)");
        }
        String name = osmFile.getFileName().toString();
        if (!(name.endsWith(".pbf") || name.endsWith(".osm") || name.endsWith(".osm.gz") || name.endsWith(".xml"))) {
            throw new IllegalArgumentException("not an OpenStreetMap file name: " + name
                    + " (expected .osm.pbf, .osm.gz or .osm)");
        }
        if (Files.exists(graphDirectory) && !Files.isDirectory(graphDirectory)) {
            throw new IllegalArgumentException("the graph directory is a file: " + graphDirectory.toAbsolutePath()
                    + " (give a directory; it is created if missing)");
        }
        if (!(maxSnapMetres > 0) || Double.isInfinite(maxSnapMetres)) {
            throw new IllegalArgumentException("maxSnapMetres must be positive and finite: " + maxSnapMetres
                    + " (e.g. " + DEFAULT_MAX_SNAP_METRES + ")");
        }
        if (minNetworkSize < 0) {
            throw new IllegalArgumentException("minNetworkSize must not be negative: " + minNetworkSize);
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one travel profile is needed, e.g. " + RoadProfiles.DEFAULT);
        }
        profiles.forEach(RoadProfiles::requireRoadProfile);
        profiles = Set.copyOf(EnumSet.copyOf(profiles));
    }

    /** CAR, VAN and FOOT, snapping within 500 m, islands under 200 edges left out. */
    public static RoadNetworkSettings of(Path osmFile, Path graphDirectory) {
        return new RoadNetworkSettings(osmFile, graphDirectory, DEFAULT_MAX_SNAP_METRES, DEFAULT_MIN_NETWORK_SIZE,
                RoadProfiles.DEFAULT);
    }

    public RoadNetworkSettings withProfiles(Set<TravelProfile> newProfiles) {
        return new RoadNetworkSettings(osmFile, graphDirectory, maxSnapMetres, minNetworkSize, newProfiles);
    }

    public RoadNetworkSettings withMaxSnapMetres(double metres) {
        return new RoadNetworkSettings(osmFile, graphDirectory, metres, minNetworkSize, profiles);
    }

    public RoadNetworkSettings withMinNetworkSize(int size) {
        return new RoadNetworkSettings(osmFile, graphDirectory, maxSnapMetres, size, profiles);
    }

    public RoadNetworkSettings withOsmFile(Path file) {
        return new RoadNetworkSettings(file, graphDirectory, maxSnapMetres, minNetworkSize, profiles);
    }

    public RoadNetworkSettings withGraphDirectory(Path directory) {
        return new RoadNetworkSettings(osmFile, directory, maxSnapMetres, minNetworkSize, profiles);
    }
}
