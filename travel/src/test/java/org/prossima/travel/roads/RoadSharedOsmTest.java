package org.prossima.travel.roads;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Where the road tests look for the shared OpenStreetMap extracts. */
class RoadSharedOsmTest {

    @Test
    void looksBesideTheCloneAndEveryDirectoryAboveThenInTheWorkspace() {
        // module data/ of a clone at /ci/build/prossima, shared/ beside the clone
        assertThat(SharedOsm.candidates(Path.of("/ci/build/prossima/data"), "andorra.osm.pbf")).containsExactly(
                Path.of("/ci/build/prossima/data/shared/data/osm/andorra.osm.pbf"),
                Path.of("/ci/build/prossima/shared/data/osm/andorra.osm.pbf"),
                Path.of("/ci/build/shared/data/osm/andorra.osm.pbf"),
                Path.of("/ci/shared/data/osm/andorra.osm.pbf"),
                Path.of("/shared/data/osm/andorra.osm.pbf"),
                Path.of("/work/shared/data/osm/andorra.osm.pbf"));
    }

    @Test
    void findsNothingThatDoesNotExist() {
        assertThat(SharedOsm.find("no-such-extract-7f3a.osm.pbf")).isEmpty();
    }
}
