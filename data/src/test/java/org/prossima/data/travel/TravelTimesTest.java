package org.prossima.data.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.data.EmbeddedDatabaseTest;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.TravelTimeMatrix;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;
import org.prossima.travel.TravelTimes;
import org.prossima.travel.TimeBand;
import org.prossima.travel.TravelTimesResult;
import org.prossima.travel.roads.RoadMatrixCache;
import org.prossima.travel.roads.RoadMatrixResult;
import org.prossima.travel.roads.RoadNetwork;
import org.prossima.travel.roads.RoadNetworkSettings;
import org.prossima.travel.roads.TinyOsm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service's travel times on the streets of {@link TinyOsm#streets()}: road figures with the unroutable locations
 * reported, public transport from walking distances, the straight-line estimate without a map, and the PostgreSQL
 * cache read back on a repeated request with the same figures.
 */
@SpringBootTest
class TravelTimesTest extends EmbeddedDatabaseTest {

    @TempDir
    static Path temp;
    static TinyOsm osm;
    static RoadNetwork network;

    @Autowired
    RoadMatrixCache cache;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void importStreets() {
        osm = TinyOsm.streets();
        Path file = osm.write(temp.resolve("streets.osm"));
        network = RoadNetwork.open(RoadNetworkSettings.of(file, temp.resolve("graph")).withMinNetworkSize(0));
    }

    @AfterAll
    static void close() {
        network.close();
    }

    /** Nodes 1, 3 and 4 of the streets, a point 2 km from any road, and node 1 again. */
    private static List<Location> places() {
        return List.of(osm.location(1), osm.location(3), new Location(45.02, 7.0), osm.location(4), osm.location(1));
    }

    @Test
    void roadFiguresForTheRoutedPlacesAndTheReasonForTheOthers() {
        var travel = new TravelTimes(network, null);

        TravelTimesResult result = travel.matrix(places(), TravelProfile.CAR, TimeBand.ANY);

        TravelTimeMatrix m = result.matrix();
        RoadMatrixResult direct = network.matrix(List.of(osm.location(1), osm.location(3), osm.location(4)),
                TravelProfile.CAR);
        assertThat(m.size()).isEqualTo(5);
        assertThat(m.estimate()).isFalse();
        assertThat(m.roadBased()).isTrue();
        assertThat(m.source()).startsWith("road network: OpenStreetMap streets.osm, GraphHopper").endsWith("car");
        assertThat(m.travelSeconds(0, 1)).isEqualTo(direct.matrix().travelSeconds(0, 1)).isEqualTo(105);
        assertThat(m.travelSeconds(3, 1)).isEqualTo(direct.matrix().travelSeconds(2, 1));
        assertThat(m.distanceMetres(4, 3)).isEqualTo(direct.matrix().distanceMetres(0, 2));
        assertThat(m.routable(2)).isFalse();
        assertThatThrownBy(() -> m.travelSeconds(0, 2)).isInstanceOf(IllegalStateException.class);
        assertThat(result.unroutable()).singleElement().satisfies(u -> {
            assertThat(u.index()).isEqualTo(2);
            assertThat(u.reason()).isEqualTo(UnroutableReason.NO_ROAD_NEARBY);
        });
    }

    @Test
    void publicTransportIsWalkingDistanceAt15KmhAndSaysSo() {
        var travel = new TravelTimes(network, null);

        TravelTimeMatrix transit = travel.matrix(places(), TravelProfile.TRANSIT, TimeBand.ANY).matrix();
        TravelTimeMatrix foot = travel.matrix(places(), TravelProfile.FOOT, TimeBand.ANY).matrix();

        assertThat(transit.profile()).isEqualTo(TravelProfile.TRANSIT);
        assertThat(transit.estimate()).isTrue();
        assertThat(transit.roadBased()).isTrue();
        assertThat(transit.source()).startsWith("estimate from road distances: walking routes on the road network")
                .contains("profile foot").contains("15 km/h").contains("no timetables");
        assertThat(transit.distanceMetres(0, 1)).isEqualTo(foot.distanceMetres(0, 1));
        assertThat(transit.travelSeconds(0, 1)).isEqualTo(Math.round(foot.distanceMetres(0, 1) / (15 / 3.6)));
        assertThat(foot.travelSeconds(0, 1)).isGreaterThan(transit.travelSeconds(0, 1));
    }

    @Test
    void withoutAMapEveryPlaceHasAStraightLineEstimate() {
        TravelTimesResult result = TravelTimes.straightLine().matrix(places(), TravelProfile.VAN, TimeBand.ANY);

        assertThat(result.unroutable()).isEmpty();
        assertThat(result.matrix().estimate()).isTrue();
        assertThat(result.matrix().source()).startsWith("straight-line estimate");
        assertThat(result.matrix().routable(2)).isTrue();
    }

    @Test
    void aRepeatedRequestReadsTheCacheAndGetsTheSameFigures() {
        jdbc.sql("delete from travel_matrix_cache").update();
        jdbc.sql("delete from travel_place_unroutable").update();
        var travel = new TravelTimes(network, cache);
        // node 7 is on a street joined to nothing: cut off from the others
        List<Location> places = new java.util.ArrayList<>(places());
        places.add(osm.location(7));

        TravelTimesResult first = travel.matrix(places, TravelProfile.VAN, TimeBand.ANY);
        TravelTimesResult second = travel.matrix(places, TravelProfile.VAN, TimeBand.ANY);

        assertThat(travel.computedMatrices()).isEqualTo(1);
        assertThat(travel.cacheHits()).isEqualTo(1);
        // three distinct routed places: 9 pairs; the places without travel times are remembered with the reason
        assertThat(jdbc.sql("select count(*) from travel_matrix_cache where profile = 'VAN' and graph_version = :v")
                .param("v", network.graphVersion()).query(Long.class).single()).isEqualTo(9);
        assertThat(first.unroutable()).extracting(Unroutable::index, Unroutable::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, UnroutableReason.NO_ROAD_NEARBY),
                org.assertj.core.groups.Tuple.tuple(5, UnroutableReason.NOT_CONNECTED));
        assertThat(second.unroutable()).isEqualTo(first.unroutable());
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                if (first.matrix().routable(i) && first.matrix().routable(j)) {
                    assertThat(second.matrix().travelSeconds(i, j)).isEqualTo(first.matrix().travelSeconds(i, j));
                    assertThat(second.matrix().distanceMetres(i, j)).isEqualTo(first.matrix().distanceMetres(i, j));
                }
            }
        }
        assertThat(second.matrix().source()).isEqualTo(first.matrix().source());

        // a new place is not in the cache: the whole matrix is computed again, and the new pairs stored
        travel.matrix(List.of(osm.location(1), osm.location(5)), TravelProfile.VAN, TimeBand.ANY);
        assertThat(travel.computedMatrices()).isEqualTo(2);
        // node 7 was cut off from that list of places only: with node 8, its street's other end, it is routed
        TravelTimesResult island = travel.matrix(List.of(osm.location(7), osm.location(8)), TravelProfile.VAN,
                TimeBand.ANY);
        assertThat(island.unroutable()).isEmpty();
        assertThat(travel.computedMatrices()).isEqualTo(3);
        // another graph version never reads these rows
        assertThat(cache.find(TravelProfile.VAN, "another-graph", List.of(osm.location(1)), "x")).isEmpty();
        assertThat(cache.deleteOtherVersions(network.graphVersion())).isZero();
    }
}
