package org.prossima.travel.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.travel.roads.SharedOsm;

/**
 * The basemap read from real OpenStreetMap extracts (Andorra's PBF, Monaco's XML) of the workspace's shared data;
 * skipped, saying why, when they are absent.
 */
class BasemapTest {

    /** Andorra la Vella's centre. */
    private static final double LON = 1.5218;
    private static final double LAT = 42.5063;

    @TempDir
    static Path directory;
    private static Path osm;
    private static Basemap basemap;

    @BeforeAll
    static void readAndorra() throws Exception {
        osm = directory.resolve("andorra.osm.pbf");
        Files.copy(SharedOsm.require("andorra.osm.pbf"), osm);
        basemap = Basemap.open(osm, directory.resolve("basemap"));
    }

    private static int tileX(int z) {
        return (int) Math.floor(BasemapFeature.x(LON) * (1 << z));
    }

    private static int tileY(int z) {
        return (int) Math.floor(BasemapFeature.y(LAT) * (1 << z));
    }

    @Test
    void readsRoadsWaterAndWoodsOfTheWholeExtract() {
        assertThat(basemap.features()).isGreaterThan(2_000);
        double[] bounds = basemap.bounds();
        assertThat(bounds[0]).isLessThan(LON);
        assertThat(bounds[2]).isGreaterThan(LON);
        assertThat(bounds[1]).isLessThan(LAT);
        assertThat(bounds[3]).isGreaterThan(LAT);
        assertThat(bounds[2] - bounds[0]).isLessThan(1.5);
    }

    @Test
    void aTownTileAtStreetZoomHoldsItsStreetsAndMainRoads() {
        BasemapTile tile = basemap.tile(15, tileX(15), tileY(15));
        assertThat(tile.layers()).containsKeys(BasemapLayer.MINOR_ROAD, BasemapLayer.MAJOR_ROAD);
        assertThat(tile.shapes()).isGreaterThan(50);
        // every shape has at least two points and at least one point near the tile (it was selected for it)
        for (List<int[]> shapes : tile.layers().values()) {
            for (int[] shape : shapes) {
                assertThat(shape.length).isGreaterThanOrEqualTo(4).isEven();
            }
        }
        long inside = tile.layers().get(BasemapLayer.MINOR_ROAD).stream().filter(BasemapTest::touchesTile).count();
        assertThat(inside).isGreaterThan(10);
    }

    private static boolean touchesTile(int[] shape) {
        for (int i = 0; i < shape.length; i += 2) {
            if (shape[i] >= 0 && shape[i] <= Basemap.EXTENT && shape[i + 1] >= 0 && shape[i + 1] <= Basemap.EXTENT) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aValleyTileLeavesTheStreetsOutButKeepsTheMainRoads() {
        BasemapTile tile = basemap.tile(10, tileX(10), tileY(10));
        assertThat(tile.layers()).containsKey(BasemapLayer.MAJOR_ROAD).doesNotContainKeys(BasemapLayer.MINOR_ROAD,
                BasemapLayer.PATH, BasemapLayer.STREAM);
        // lines are simplified at this zoom: fewer points than at street zoom for the same roads
        int pointsAt10 = tile.layers().get(BasemapLayer.MAJOR_ROAD).stream().mapToInt(s -> s.length).sum();
        int pointsAt14 = 0;
        for (int dx = 0; dx < 16; dx++) {
            for (int dy = 0; dy < 16; dy++) {
                List<int[]> major = basemap.tile(14, tileX(10) * 16 + dx, tileY(10) * 16 + dy).layers()
                        .getOrDefault(BasemapLayer.MAJOR_ROAD, List.of());
                pointsAt14 += major.stream().mapToInt(s -> s.length).sum();
            }
        }
        assertThat(pointsAt10).isLessThan(pointsAt14);
    }

    @Test
    void tilesAwayFromTheExtractOrOutsideTheZoomsAreEmpty() {
        // Turin, zoom 12
        assertThat(basemap.tile(12, (int) (BasemapFeature.x(7.686) * 4096), (int) (BasemapFeature.y(45.07) * 4096))
                .isEmpty()).isTrue();
        assertThat(basemap.tile(Basemap.MIN_ZOOM - 1, tileX(Basemap.MIN_ZOOM - 1), tileY(Basemap.MIN_ZOOM - 1))
                .isEmpty()).isTrue();
        assertThat(basemap.tile(14, -1, 3).isEmpty()).isTrue();
        assertThat(basemap.tile(3, 8, 0).isEmpty()).isTrue();
    }

    @Test
    void theNextStartLoadsTheKeptBasemapAndAChangedFileIsReadAgain() throws Exception {
        Path kept = directory.resolve("basemap").resolve(BasemapFile.NAME);
        FileTime written = Files.getLastModifiedTime(kept);
        Basemap again = Basemap.open(osm, directory.resolve("basemap"));
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(written);
        assertThat(again.features()).isEqualTo(basemap.features());
        assertThat(again.tile(15, tileX(15), tileY(15))).usingRecursiveComparison()
                .isEqualTo(basemap.tile(15, tileX(15), tileY(15)));

        Files.setLastModifiedTime(osm, FileTime.fromMillis(Files.getLastModifiedTime(osm).toMillis() - 60_000));
        Basemap rebuilt = Basemap.open(osm, directory.resolve("basemap"));
        assertThat(rebuilt.source()).isNotEqualTo(basemap.source());
        assertThat(BasemapFile.read(kept, rebuilt.source())).isPresent();
        assertThat(BasemapFile.read(kept, basemap.source())).isEmpty();
    }

    @Test
    void readsAnXmlExtractToo(@TempDir Path other) {
        Basemap monaco = Basemap.open(SharedOsm.require("monaco.osm.gz"), other);
        assertThat(monaco.features()).isGreaterThan(100);
    }
}
