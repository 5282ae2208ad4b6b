package org.prossima.travel.roads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.graphhopper.GraphHopper;
import org.prossima.travel.roads.GraphCache.Decision;
import org.prossima.travel.roads.GraphCache.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens GraphHopper on the graph directory as {@link GraphCache} decides: loads the cached graph when it was built
 * from the same OpenStreetMap file and profiles, imports the file otherwise (emptying the directory first, and
 * leaving no half-imported graph behind a failure), and rebuilds a cache GraphHopper cannot load after all. Says
 * which and why.
 */
final class RoadGraphImport {

    private static final Logger LOG = LoggerFactory.getLogger(RoadGraphImport.class);

    private RoadGraphImport() {
    }

    /** GraphHopper opened on {@code settings.graphDirectory()} for {@code wanted}, with how and why. */
    static Opened open(RoadNetworkSettings settings, Source wanted) {
        Decision decision = GraphCache.decide(settings.graphDirectory(), wanted);
        return switch (decision.action()) {
            case LOAD -> loadOrRebuild(settings, wanted, decision.reason());
            case IMPORT -> new Opened(importGraph(settings, wanted, false, decision.reason()),
                    RoadGraphStatus.Opening.IMPORTED, decision.reason());
            case REBUILD -> new Opened(importGraph(settings, wanted, true, decision.reason()),
                    RoadGraphStatus.Opening.REBUILT, decision.reason());
        };
    }

    record Opened(GraphHopper hopper, RoadGraphStatus.Opening opening, String reason) {
    }

    /** Loads the cache; if GraphHopper cannot load it after all, rebuilds it and says why. */
    private static Opened loadOrRebuild(RoadNetworkSettings settings, Source wanted, String reason) {
        LOG.info("Road graph: loading the cache in {} ({})", settings.graphDirectory().toAbsolutePath(), reason);
        GraphHopper hopper = configured(settings);
        try {
            if (hopper.load()) {
                return new Opened(hopper, RoadGraphStatus.Opening.LOADED, reason);
            }
            hopper.close();
            reason = "the cached graph could not be loaded (GraphHopper found no graph)";
        } catch (RuntimeException e) {
            hopper.close();
            reason = "the cached graph could not be loaded (" + e.getMessage() + ")";
        }
        return new Opened(importGraph(settings, wanted, true, reason), RoadGraphStatus.Opening.REBUILT, reason);
    }

    private static GraphHopper importGraph(RoadNetworkSettings settings, Source wanted, boolean rebuild,
            String reason) {
        Path dir = settings.graphDirectory();
        if (rebuild) {
            LOG.warn("Road graph: rebuilding {} because {}", dir.toAbsolutePath(), reason);
            GraphCache.empty(dir);
        } else {
            LOG.info("Road graph: importing {} ({})", settings.osmFile().toAbsolutePath(), reason);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the graph directory " + dir.toAbsolutePath(), e);
        }
        GraphHopper hopper = configured(settings);
        try {
            hopper.importOrLoad();
        } catch (RuntimeException | OutOfMemoryError e) {
            hopper.close();
            // The directory was empty or emptied for this import: what it holds now is an incomplete graph, which
            // would otherwise stop the next start ("not empty and holds no road graph").
            GraphCache.empty(dir);
            boolean memory = e instanceof OutOfMemoryError || String.valueOf(e.getMessage()).contains("OutOfMemory");
            throw new IllegalStateException("cannot import the OpenStreetMap file " + settings.osmFile().toAbsolutePath()
                    + " into " + dir.toAbsolutePath() + ": " + e.getMessage() + (memory
                    ? " (the Java heap is too small for this extract: start with a larger -Xmx, e.g. -Xmx4g for the "
                            + "Nord-Ovest extract)" : "") + "; the incomplete graph was removed", e);
        }
        GraphCache.write(dir, wanted);
        return hopper;
    }

    private static GraphHopper configured(RoadNetworkSettings settings) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(settings.osmFile().toAbsolutePath().toString());
        hopper.setGraphHopperLocation(settings.graphDirectory().toAbsolutePath().toString());
        hopper.setEncodedValuesString(RoadProfiles.ENCODED_VALUES);
        hopper.setProfiles(RoadProfiles.graphHopperProfiles(settings.profiles()));
        hopper.getCHPreparationHandler().setCHProfiles(RoadProfiles.chProfiles(settings.profiles()));
        hopper.setMinNetworkSize(settings.minNetworkSize());
        return hopper;
    }
}
