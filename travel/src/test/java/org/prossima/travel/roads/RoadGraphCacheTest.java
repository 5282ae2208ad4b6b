package org.prossima.travel.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.travel.roads.RoadGraphStatus.Opening;
import org.prossima.solver.travel.TravelProfile;

/**
 * The graph directory is imported once, loaded at the next start without importing again, and rebuilt, saying
 * why, when the OpenStreetMap file or the profiles change or an import was interrupted. The map is gzipped OSM XML.
 */
class RoadGraphCacheTest {

    @TempDir
    Path temp;
    Path osmFile;
    Path graph;
    RoadNetworkSettings settings;

    @BeforeEach
    void writeMap() {
        osmFile = TinyOsm.streets().write(temp.resolve("streets.osm.gz"));
        graph = temp.resolve("graph");
        settings = RoadNetworkSettings.of(osmFile, graph).withMinNetworkSize(0);
    }

    private RoadGraphStatus openAndClose(RoadNetworkSettings s) {
        try (RoadNetwork network = RoadNetwork.open(s)) {
            return network.status();
        }
    }

    /** GraphHopper's own record of the graph: rewritten by every import, only read by a load. */
    private FileTime graphHopperProperties() throws IOException {
        return Files.getLastModifiedTime(graph.resolve("properties"));
    }

    @Test
    void theSecondStartLoadsTheGraphWithoutImportingAgain() throws IOException {
        RoadGraphStatus first = openAndClose(settings);
        assertThat(first.opening()).isEqualTo(Opening.IMPORTED);
        assertThat(first.reason()).startsWith("no road graph in ");
        assertThat(graph.resolve(GraphCache.MARKER)).isRegularFile();
        assertThat(first.directoryBytes()).isPositive();
        FileTime imported = graphHopperProperties();

        try (RoadNetwork network = RoadNetwork.open(settings)) {
            assertThat(network.status().opening()).isEqualTo(Opening.LOADED);
            assertThat(network.status().reason()).startsWith("it was built from streets.osm.gz (");
            assertThat(network.route(TinyOsm.streets().location(1), TinyOsm.streets().location(3), TravelProfile.CAR))
                    .isPresent();
        }
        assertThat(graphHopperProperties()).isEqualTo(imported);
    }

    @Test
    void aChangedMapIsImportedAgain() throws IOException {
        try (RoadNetwork network = RoadNetwork.open(settings)) {
            assertThat(network.graphHopper().getBaseGraph().getNodes()).isEqualTo(8);
        }

        TinyOsm.streets().node(9, 45.010, 7.010).way(new long[] {4, 9}, "highway", "residential").write(osmFile);

        try (RoadNetwork network = RoadNetwork.open(settings)) {
            assertThat(network.status().opening()).isEqualTo(Opening.REBUILT);
            assertThat(network.status().reason()).startsWith("the OpenStreetMap file changed: built from streets.osm.gz (")
                    .contains(", now streets.osm.gz (");
            assertThat(network.graphHopper().getBaseGraph().getNodes()).isEqualTo(9);
        }
    }

    @Test
    void aMapWithANewModificationTimeIsImportedAgain() throws IOException {
        openAndClose(settings);
        Files.setLastModifiedTime(osmFile, FileTime.fromMillis(Files.getLastModifiedTime(osmFile).toMillis() + 60_000));

        RoadGraphStatus status = openAndClose(settings);

        assertThat(status.opening()).isEqualTo(Opening.REBUILT);
        assertThat(status.reason()).startsWith("the OpenStreetMap file changed");
        assertThat(openAndClose(settings).opening()).isEqualTo(Opening.LOADED);
    }

    @Test
    void otherProfilesRebuildTheGraph() {
        openAndClose(settings);

        RoadGraphStatus carOnly = openAndClose(settings.withProfiles(Set.of(TravelProfile.CAR)));
        assertThat(carOnly.opening()).isEqualTo(Opening.REBUILT);
        assertThat(carOnly.reason()).startsWith("the profiles changed");

        RoadGraphStatus islandsDropped = openAndClose(settings.withProfiles(Set.of(TravelProfile.CAR))
                .withMinNetworkSize(200));
        assertThat(islandsDropped.opening()).isEqualTo(Opening.REBUILT);
        assertThat(islandsDropped.reason()).startsWith("the profiles changed");
    }

    @Test
    void anInterruptedImportIsRedone() throws IOException {
        openAndClose(settings);
        Files.delete(graph.resolve(GraphCache.MARKER));

        RoadGraphStatus status = openAndClose(settings);

        assertThat(status.opening()).isEqualTo(Opening.REBUILT);
        assertThat(status.reason()).contains("has no record of a completed import");
        assertThat(graph.resolve(GraphCache.MARKER)).isRegularFile();
    }

    @Test
    void aCacheGraphHopperCannotLoadIsRebuilt() throws IOException {
        openAndClose(settings);
        Files.delete(graph.resolve("edges"));

        RoadGraphStatus status = openAndClose(settings);

        assertThat(status.opening()).isEqualTo(Opening.REBUILT);
        assertThat(status.reason()).startsWith("the cached graph could not be loaded (");
        assertThat(graph.resolve("edges")).isRegularFile();
    }

    @Test
    void aFailedImportLeavesNothingThatWouldStopTheNextStart() throws IOException {
        openAndClose(settings);
        Path broken = Files.writeString(temp.resolve("broken.osm"), "<osm version=\"0.6\"><node id=\"1\" lat=");

        assertThatThrownBy(() -> RoadNetwork.open(settings.withOsmFile(broken)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot import the OpenStreetMap file")
                .hasMessageEndingWith("the incomplete graph was removed");
        try (var left = Files.list(graph)) {
            assertThat(left).isEmpty();
        }

        assertThat(openAndClose(settings).opening()).isEqualTo(Opening.IMPORTED);
    }

    @Test
    void aDirectoryOfOtherFilesIsNeverEmptied() throws IOException {
        Files.createDirectories(graph);
        Path precious = Files.writeString(graph.resolve("notes.txt"), "not a graph");

        assertThatThrownBy(() -> RoadNetwork.open(settings)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not empty and holds no road graph");
        assertThat(precious).hasContent("not a graph");
    }
}
