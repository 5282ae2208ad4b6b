package org.prossima.travel.roads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.solver.travel.Unroutable;
import org.prossima.solver.travel.UnroutableReason;

/**
 * On the real Andorra extract (mountain valleys, ODbL), every entry of the many-to-many matrix equals GraphHopper's
 * own route() between the same two points within 0.1%, in milliseconds and in metres, for random points that snap
 * to a road (fixed seeds). Skipped, saying why, when {@code shared/data/osm/andorra.osm.pbf} is absent.
 */
class RoadNetworkAndorraTest {

    /** The relative tolerance of the issue, with a floor for rounding on very short pairs (2 ms, 1 cm). */
    private static final double RELATIVE = 0.001;

    @TempDir
    static Path temp;
    static RoadNetwork network;

    @BeforeAll
    static void importAndorra() {
        Path andorra = SharedOsm.require("andorra.osm.pbf");
        network = RoadNetwork.open(RoadNetworkSettings.of(andorra, temp.resolve("graph")));
    }

    @AfterAll
    static void close() {
        if (network != null) {
            network.close();
        }
    }

    /** Uniform random points in Andorra's bounding box that snap to a road open to the profile within 500 m. */
    static List<Location> snappedRandomPoints(TravelProfile profile, int count, long seed) {
        Random random = new Random(seed);
        List<Location> points = new ArrayList<>();
        while (points.size() < count) {
            List<Location> candidates = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                candidates.add(new Location(42.43 + 0.23 * random.nextDouble(), 1.41 + 0.38 * random.nextDouble()));
            }
            SnappedLocations snapped = network.snap(candidates, profile);
            for (int i = 0; i < candidates.size() && points.size() < count; i++) {
                if (snapped.isSnapped(i)) {
                    points.add(candidates.get(i));
                }
            }
        }
        return points;
    }

    private static void assertEqualsGraphHopperRoutes(TravelProfile profile, int count, long seed) {
        List<Location> points = snappedRandomPoints(profile, count, seed);
        RoadMatrixResult result = network.matrix(points, profile);
        assertThat(result.matrix().size()).as("connected locations").isGreaterThanOrEqualTo(count * 4 / 5);

        RoadTravelTimeMatrix m = result.matrix();
        double worst = 0;
        for (int a = 0; a < m.size(); a++) {
            for (int b = 0; b < m.size(); b++) {
                Location from = points.get(result.locationIndexes().get(a));
                Location to = points.get(result.locationIndexes().get(b));
                RoadRoute route = network.route(from, to, profile).orElseThrow(
                        () -> new AssertionError("GraphHopper finds no route for a pair the matrix has"));
                assertThat((double) m.travelMillis(a, b)).as("%s ms %d→%d", profile, a, b)
                        .isCloseTo(route.millis(), within(
                                Math.max(2.0, RELATIVE * route.millis())));
                assertThat(m.exactMetres(a, b)).as("%s metres %d→%d", profile, a, b)
                        .isCloseTo(route.metres(), within(
                                Math.max(0.01, RELATIVE * route.metres())));
                worst = Math.max(worst, relative(m.travelMillis(a, b), route.millis()));
                worst = Math.max(worst, relative(m.exactMetres(a, b), route.metres()));
            }
        }
        System.out.printf("Andorra %s: %d×%d matrix, %d unroutable, largest relative difference to route() %.2e%n",
                profile, m.size(), m.size(), result.unroutable().size(), worst);
        for (Unroutable u : result.unroutable()) {
            // whatever is left out must say so, and GraphHopper must agree that some pair is missing
            assertThat(u.reason()).isEqualTo(UnroutableReason.NOT_CONNECTED);
        }
    }

    private static double relative(double actual, double expected) {
        return expected == 0 ? Math.abs(actual) : Math.abs(actual - expected) / expected;
    }

    @Test
    void carMatrixEqualsGraphHoppersRoutes() {
        assertEqualsGraphHopperRoutes(TravelProfile.CAR, 30, 20_240_501L);
    }

    @Test
    void vanMatrixEqualsGraphHoppersRoutes() {
        assertEqualsGraphHopperRoutes(TravelProfile.VAN, 15, 7L);
    }

    @Test
    void footMatrixEqualsGraphHoppersRoutes() {
        assertEqualsGraphHopperRoutes(TravelProfile.FOOT, 15, 11L);
    }

    @Test
    void vansAreSlowerThanCars() {
        List<Location> points = snappedRandomPoints(TravelProfile.VAN, 10, 3L);
        RoadTravelTimeMatrix car = network.matrix(points, TravelProfile.CAR).matrix();
        RoadTravelTimeMatrix van = network.matrix(points, TravelProfile.VAN).matrix();
        long carTotal = 0;
        long vanTotal = 0;
        for (int a = 0; a < Math.min(car.size(), van.size()); a++) {
            for (int b = 0; b < Math.min(car.size(), van.size()); b++) {
                carTotal += car.travelMillis(a, b);
                vanTotal += van.travelMillis(a, b);
            }
        }
        assertThat(vanTotal).isGreaterThan(carTotal * 10 / 9);
    }
}
