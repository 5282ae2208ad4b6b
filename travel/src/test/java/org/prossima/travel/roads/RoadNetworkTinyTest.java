package org.prossima.travel.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;

/**
 * Known lengths and speeds on a few streets the test writes itself ({@link TinyOsm#streets()}): the matrix must give
 * the lengths GraphHopper measures and the times its speeds imply, and report every location it cannot route.
 */
class RoadNetworkTinyTest {

    private static final double CAR_TERTIARY = 54 / 3.6; // signed 60 km/h, GraphHopper drives 90% of it
    private static final double CAR_RESIDENTIAL = 30 / 3.6;
    private static final double CAR_TRACK = 20 / 3.6;
    private static final double VAN_TERTIARY = 0.9 * CAR_TERTIARY;
    private static final double WALK = 4.5 / 3.6;

    @TempDir
    static Path temp;
    static TinyOsm osm;
    static RoadNetwork network;

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

    private static Location node(long id) {
        return osm.location(id);
    }

    /**
     * Milliseconds as GraphHopper adds them: each edge rounded to the millisecond. Its stored edge lengths are rounded
     * to the millimetre, so a few milliseconds of difference on a long walk are expected (within 2 ms here).
     */
    private static long millis(double... metresAndSpeeds) {
        long total = 0;
        for (int i = 0; i < metresAndSpeeds.length; i += 2) {
            total += Math.round(metresAndSpeeds[i] / metresAndSpeeds[i + 1] * 1000);
        }
        return total;
    }

    @Test
    void carTimesAndDistancesFollowTheStreetsLengthsAndSpeeds() {
        Location midAB = new Location(45.000, 7.005);
        RoadMatrixResult result = network.matrix(List.of(node(1), node(3), node(4), midAB, node(5)), TravelProfile.CAR);

        assertThat(result.allRoutable()).isTrue();
        RoadTravelTimeMatrix m = result.matrix();
        double ab = osm.metres(1, 2);
        double bc = osm.metres(2, 3);
        double bd = osm.metres(2, 4);
        double track = osm.metres(3, 5);
        assertThat(ab).isCloseTo(786.3, within(0.1));

        assertThat(m.exactMetres(0, 1)).isCloseTo(ab + bc, within(0.01));
        assertThat(m.travelMillis(0, 1)).isCloseTo(millis(ab, CAR_TERTIARY, bc, CAR_TERTIARY), within(2L));
        assertThat(m.travelSeconds(0, 1)).isEqualTo(105); // 1572.6 m at 54 km/h
        assertThat(m.distanceMetres(0, 1)).isEqualTo(Math.round(ab + bc));

        assertThat(m.exactMetres(0, 2)).isCloseTo(ab + bd, within(0.01));
        assertThat(m.travelMillis(0, 2)).isCloseTo(millis(ab, CAR_TERTIARY, bd, CAR_RESIDENTIAL), within(2L));
        assertThat(m.exactMetres(2, 0)).isCloseTo(ab + bd, within(0.01));
        assertThat(m.travelMillis(2, 0)).isEqualTo(m.travelMillis(0, 2));

        // from a point half-way along A–B (a virtual node) to C, and along the track at 15 km/h
        assertThat(m.exactMetres(3, 1)).isCloseTo(ab / 2 + bc, within(0.01));
        assertThat(m.travelMillis(3, 1)).isCloseTo(millis(ab / 2, CAR_TERTIARY, bc, CAR_TERTIARY), within(2L));
        assertThat(m.exactMetres(1, 4)).isCloseTo(track, within(0.01));
        assertThat(m.travelMillis(1, 4)).isCloseTo(millis(track, CAR_TRACK), within(2L));
        assertThat(m.travelMillis(0, 4)).isCloseTo(millis(ab, CAR_TERTIARY, bc, CAR_TERTIARY, track, CAR_TRACK),
                within(3L));

        for (int i = 0; i < m.size(); i++) {
            assertThat(m.travelSeconds(i, i)).isZero();
            assertThat(m.distanceMetres(i, i)).isZero();
        }
        assertThat(m.estimate()).isFalse();
        assertThat(m.profile()).isEqualTo(TravelProfile.CAR);
        assertThat(m.source()).startsWith("road network: OpenStreetMap streets.osm, GraphHopper ")
                .endsWith(", profile car");
    }

    @Test
    void theMatrixEqualsGraphHoppersOwnRoutes() {
        List<Location> points = List.of(node(1), node(3), node(4), new Location(45.0001, 7.013), node(5),
                new Location(45.003, 7.0102));
        RoadTravelTimeMatrix m = network.matrix(points, TravelProfile.CAR).matrix();
        for (int i = 0; i < points.size(); i++) {
            for (int j = 0; j < points.size(); j++) {
                RoadRoute route = network.route(points.get(i), points.get(j), TravelProfile.CAR).orElseThrow();
                assertThat(m.travelMillis(i, j)).as("ms %d→%d", i, j).isCloseTo(route.millis(), within(2L));
                assertThat(m.exactMetres(i, j)).as("m %d→%d", i, j).isCloseTo(route.metres(), within(0.01));
            }
        }
    }

    @Test
    void reportsEachLocationItCannotRouteWithTheReason() {
        Location farFromRoads = new Location(45.050, 7.050);
        List<Location> asked = List.of(node(1), node(6), node(3), node(7), farFromRoads);

        RoadMatrixResult result = network.matrix(asked, TravelProfile.CAR);

        assertThat(result.locationIndexes()).containsExactly(0, 2);
        assertThat(result.matrix().size()).isEqualTo(2);
        assertThat(result.matrixIndex(2)).hasValue(1);
        assertThat(result.matrixIndex(1)).isEmpty();
        assertThat(result.unroutable()).extracting(Unroutable::index, Unroutable::reason).containsExactly(
                tuple(1, UnroutableReason.NO_ROAD_NEARBY),
                tuple(3, UnroutableReason.NOT_CONNECTED),
                tuple(4, UnroutableReason.NO_ROAD_NEARBY));
        // the footway's end is 556 m from the nearest road a car may use
        assertThat(result.unroutable().get(0).detail())
                .isEqualTo("nearest road open to car is 556 m away, more than the 500 m allowed");
        assertThat(result.unroutable().get(1).detail()).contains("no car route to 2 and from 2 of the 2 connected");
        assertThat(result.unroutable().get(1).location()).isEqualTo(node(7));
    }

    @Test
    void aVanIsSlowerThanACarAndTakesNoTracks() {
        RoadMatrixResult result = network.matrix(List.of(node(1), node(3), node(5)), TravelProfile.VAN);

        double ac = osm.metres(1, 2) + osm.metres(2, 3);
        assertThat(result.matrix().exactMetres(0, 1)).isCloseTo(ac, within(0.01));
        assertThat(result.matrix().travelMillis(0, 1))
                .isCloseTo(millis(osm.metres(1, 2), VAN_TERTIARY, osm.metres(2, 3), VAN_TERTIARY), within(2L));
        assertThat(result.unroutable()).singleElement().satisfies(u -> {
            assertThat(u.index()).isEqualTo(2);
            assertThat(u.reason()).isEqualTo(UnroutableReason.NO_ROAD_NEARBY);
            assertThat(u.detail()).startsWith("nearest road open to van is 786 m away");
        });
    }

    @Test
    void walkersUseTheFootwayAt4Point5KmH() {
        RoadMatrixResult result = network.matrix(List.of(node(6), node(1), node(3)), TravelProfile.FOOT);

        assertThat(result.allRoutable()).isTrue();
        RoadTravelTimeMatrix m = result.matrix();
        assertThat(m.exactMetres(0, 1)).isCloseTo(osm.metres(1, 6), within(0.01));
        assertThat(m.travelMillis(0, 1)).isCloseTo(millis(osm.metres(1, 6), WALK), within(2L));
        assertThat(m.travelMillis(1, 2)).isCloseTo(millis(osm.metres(1, 2), WALK, osm.metres(2, 3), WALK), within(2L));
    }

    @Test
    void locationsOnTheSameSpotShareTheirFigures() {
        RoadMatrixResult result = network.matrix(List.of(node(1), node(3), node(1)), TravelProfile.CAR);

        RoadTravelTimeMatrix m = result.matrix();
        assertThat(m.size()).isEqualTo(3);
        assertThat(m.travelMillis(0, 2)).isZero();
        assertThat(m.travelMillis(2, 1)).isEqualTo(m.travelMillis(0, 1));
    }

    @Test
    void transitHasNoRoadProfile() {
        assertThatThrownBy(() -> network.matrix(List.of(node(1)), TravelProfile.TRANSIT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TRANSIT has no road-network profile");
    }

    @Test
    void settingsNameTheMissingFile() {
        Path missing = temp.resolve("nowhere.osm.pbf");
        assertThatThrownBy(() -> RoadNetworkSettings.of(missing, temp.resolve("g")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OpenStreetMap file not found: " + missing);
    }
}
