package org.prossima.data.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * A search's reach decides each offering's distance from sines and cosines kept in columns; it must decide
 * exactly as {@link HaversineTravelTimeMatrix#greatCircleMetres} does, which every other answer uses, also for
 * offerings a few millimetres either side of the radius.
 */
class ReachFilterTest {

    private static final Location IVREA = new Location(45.4667, 7.8757);

    @Test
    void reachIsExactlyTheGreatCircleRadiusAroundTheOrigin() {
        Random random = new Random(7);
        List<Location> points = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            points.add(new Location(44.9 + random.nextDouble() * 1.2, 7.0 + random.nextDouble() * 1.6));
        }
        List<StraightLineReach> reaches = new ArrayList<>();
        for (TravelProfile profile : List.of(TravelProfile.TRANSIT, TravelProfile.CAR, TravelProfile.FOOT)) {
            for (int minutes : new int[] {1, 15, 30, 45, 60, 240}) {
                StraightLineReach reach = new StraightLineReach("001125", IVREA, minutes, profile);
                reaches.add(reach);
                // Points on the radius itself, a millimetre and a micrometre inside and outside it, all around.
                for (int k = 0; k < 360; k++) {
                    for (double offset : new double[] {-1e-3, -1e-6, 0, 1e-6, 1e-3}) {
                        points.add(at(IVREA, reach.radiusMetres() + offset, Math.toRadians(k + 0.5)));
                    }
                }
            }
        }
        // One snapshot's filter asked every reach from one origin in turn, as searches from one comune do.
        OfferingFilter filter = new OfferingFilter(points.stream().map(ReachFilterTest::offeringAt).toList());
        for (StraightLineReach reach : reaches) {
            BitSet found = filter.matching(new OfferingQuery(null, null, null, reach, null,
                    LocalDate.of(2026, 12, 7), 0, 20));
            int inside = 0;
            for (int i = 0; i < points.size(); i++) {
                boolean within = HaversineTravelTimeMatrix.greatCircleMetres(IVREA, points.get(i))
                        <= reach.radiusMetres();
                assertThat(found.get(i)).as("%s, %d min, point %d at %s", reach.profile(), reach.minutes(), i,
                        points.get(i)).isEqualTo(within);
                inside += within ? 1 : 0;
            }
            assertThat(inside).isPositive().isLessThan(points.size());
        }
    }

    @Test
    void anOfferingWithoutAnAddressIsReachedOnlyByServingTheOrigin() {
        Offering nowhere = new Offering(UUID.randomUUID(), OfferingSource.CATALOGUE, null, OfferingStatus.ACTIVE,
                new OfferingContent("Contributo", "Senza sede.", OfferingCategory.ECONOMIC_SUPPORT, "Ente di prova",
                        null, List.of(), null, null, null, null, null, null, null, false),
                Instant.EPOCH, Instant.EPOCH);
        Offering serving = new Offering(UUID.randomUUID(), OfferingSource.CATALOGUE, null, OfferingStatus.ACTIVE,
                new OfferingContent("Contributo", "Senza sede.", OfferingCategory.ECONOMIC_SUPPORT, "Ente di prova",
                        null, List.of("001125"), null, null, null, null, null, null, null, false),
                Instant.EPOCH, Instant.EPOCH);
        OfferingFilter filter = new OfferingFilter(List.of(nowhere, serving, offeringAt(IVREA)));
        BitSet found = filter.matching(new OfferingQuery(null, null, null,
                new StraightLineReach("001125", IVREA, 240, TravelProfile.CAR), null, LocalDate.of(2026, 12, 7), 0, 20));
        assertThat(found.stream().toArray()).containsExactly(1, 2);
    }

    /** The point {@code metres} from {@code from} in direction {@code bearing} (radians from north). */
    private static Location at(Location from, double metres, double bearing) {
        double angle = metres / HaversineTravelTimeMatrix.EARTH_RADIUS_METRES;
        double lat1 = Math.toRadians(from.latitude());
        double lon1 = Math.toRadians(from.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
                Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2));
        return new Location(Math.toDegrees(lat2), Math.toDegrees(lon2));
    }

    private static Offering offeringAt(Location point) {
        return new Offering(UUID.randomUUID(), OfferingSource.CATALOGUE, null, OfferingStatus.ACTIVE,
                new OfferingContent("Sportello", "Un punto del territorio.", OfferingCategory.ADVICE_AND_GUIDANCE,
                        "Ente di prova", null, List.of(),
                        new OfferingContent.Address("Sede", "001125", point.latitude(), point.longitude()), null,
                        null, null, null, null, null, false),
                Instant.EPOCH, Instant.EPOCH);
    }
}
