package org.prossima.solver.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.prossima.solver.travel.ExplicitTravelTimeMatrix;
import org.prossima.solver.travel.HaversineTravelTimeMatrix;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

/**
 * {@link DemandAggregator} on hand-placed requests. Travel times come from an explicit matrix (3 hours between places
 * unless a test sets them), so that which requests join depends only on the minutes a test writes down; places lie on
 * the meridian 7.7° E, where a degree of latitude is exactly R·π/180 = 111,195.08 m of great circle.
 */
class DemandAggregatorTest {

    private static final LocalDate FROM = LocalDate.of(2027, 1, 4);
    private static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);
    private static final long FAR = 3 * 3600;

    /** Travel seconds between {@code n} places: {@link #FAR} everywhere but the diagonal until set. */
    private static final class Times {

        private final long[][] seconds;

        Times(int n) {
            seconds = new long[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    seconds[i][j] = i == j ? 0 : FAR;
                }
            }
        }

        Times both(int a, int b, long s) {
            seconds[a][b] = s;
            seconds[b][a] = s;
            return this;
        }

        Times oneWay(int from, int to, long s) {
            seconds[from][to] = s;
            return this;
        }

        ExplicitTravelTimeMatrix matrix() {
            return new ExplicitTravelTimeMatrix(TravelProfile.CAR, seconds, seconds, "test figures", false);
        }
    }

    /** {@code n} places 0.01° (1.1 km) apart along the meridian 7.7° E from 45° N. */
    private static List<Location> places(int n) {
        List<Location> places = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            places.add(new Location(45.0 + 0.01 * i, 7.7));
        }
        return places;
    }

    private static ServiceRequestSpec request(String id, ServiceType type, int hours, int place) {
        return new ServiceRequestSpec(id, "company-" + id, type, hours, place, FROM, UNTIL, 1);
    }

    private static ServiceRequestSpec cleaning(String id, int hours, int place) {
        return request(id, ServiceType.CLEANING, hours, place);
    }

    private static List<List<String>> groups(List<Lot> lots) {
        return lots.stream().map(Lot::requestIds).toList();
    }

    // ---- which requests share a lot ---------------------------------------------------------------------------

    @Test
    void requestsOfDifferentServiceTypesNeverShareALot() {
        // r1 and r2 at the very same place, r3 5 minutes away: only the two cleaning requests join.
        var matrix = new Times(2).both(0, 1, 300).matrix();
        var requests = List.of(cleaning("r1", 10, 0), request("r2", ServiceType.LAUNDRY, 10, 0),
                cleaning("r3", 10, 1));

        var lots = DemandAggregator.aggregate(requests, places(2), matrix, DemandAggregator.Settings.DEFAULT);

        assertThat(lots).extracting(Lot::id).containsExactly("CLEANING-r1", "LAUNDRY-r2");
        assertThat(groups(lots)).containsExactly(List.of("r1", "r3"), List.of("r2"));
        assertThat(lots).extracting(Lot::serviceType).containsExactly(ServiceType.CLEANING, ServiceType.LAUNDRY);
    }

    @Test
    void requestsWithinJoinMinutesJoinAndBeyondDoNot() {
        // a–b: 1200 s one way, 1140 s back: the longer way, 20 minutes, is within 20: they join.
        // a–c: 600 s one way but 1201 s back: the longer way rounds up to 21 minutes: c stays alone.
        // b–c: far.
        var matrix = new Times(3).oneWay(0, 1, 1200).oneWay(1, 0, 1140).oneWay(0, 2, 600).oneWay(2, 0, 1201)
                .matrix();
        var requests = List.of(cleaning("a", 10, 0), cleaning("b", 10, 1), cleaning("c", 10, 2));

        var lots = DemandAggregator.aggregate(requests, places(3), matrix, new DemandAggregator.Settings(20, 160));

        assertThat(groups(lots)).containsExactly(List.of("a", "b"), List.of("c"));
        // With joinMinutes 21, c joins a too.
        var wider = DemandAggregator.aggregate(requests, places(3), matrix, new DemandAggregator.Settings(21, 160));
        assertThat(groups(wider)).containsExactly(List.of("a", "b", "c"));
    }

    @Test
    void withoutTheCapAConnectedGroupIsOneLotEvenBeyondJoinMinutesEndToEnd() {
        // a–b 10 min, b–c 5 min, a–c 25 min (beyond the 20): single linkage joins all three through b.
        var matrix = new Times(3).both(0, 1, 600).both(1, 2, 300).both(0, 2, 1500).matrix();
        var requests = List.of(cleaning("a", 10, 0), cleaning("b", 10, 1), cleaning("c", 10, 2));

        var lots = DemandAggregator.aggregate(requests, places(3), matrix, new DemandAggregator.Settings(20, 30));

        assertThat(groups(lots)).containsExactly(List.of("a", "b", "c"));
        assertThat(lots.getFirst().weeklyHours()).isEqualTo(30);
        assertThat(lots.getFirst().maxInnerMinutes()).isEqualTo(25);
    }

    @Test
    void theWeeklyHoursCapSplitsAConnectedGroupJoiningTheClosestPairsFirst() {
        // Same graph, cap 20 hours: only two of the three 10-hour requests fit together. The closest pair (b–c,
        // 5 min) joins first; a–b (10 min) would make 30 hours and is refused; a is a lot alone.
        var matrix = new Times(3).both(0, 1, 600).both(1, 2, 300).both(0, 2, 1500).matrix();
        var requests = List.of(cleaning("a", 10, 0), cleaning("b", 10, 1), cleaning("c", 10, 2));

        var lots = DemandAggregator.aggregate(requests, places(3), matrix, new DemandAggregator.Settings(20, 20));

        assertThat(lots).extracting(Lot::id).containsExactly("CLEANING-a", "CLEANING-b");
        assertThat(groups(lots)).containsExactly(List.of("a"), List.of("b", "c"));
        assertThat(lots).extracting(Lot::weeklyHours).containsExactly(10, 20);
    }

    @Test
    void theCapSplitsAChainIntoItsClosestPairs() {
        // A chain a–b 5, b–c 10, c–d 5 minutes of 10-hour requests, cap 20: a+b and c+d (the 5-minute edges), not
        // b+c; without the cap, one lot of 40 hours.
        var matrix = new Times(4).both(0, 1, 300).both(1, 2, 600).both(2, 3, 300).matrix();
        var requests = List.of(cleaning("a", 10, 0), cleaning("b", 10, 1), cleaning("c", 10, 2),
                cleaning("d", 10, 3));

        var capped = DemandAggregator.aggregate(requests, places(4), matrix, new DemandAggregator.Settings(20, 20));
        var uncapped = DemandAggregator.aggregate(requests, places(4), matrix, new DemandAggregator.Settings(20, 40));

        assertThat(groups(capped)).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(groups(uncapped)).containsExactly(List.of("a", "b", "c", "d"));
    }

    @Test
    void equallyCloseEdgesAreTakenInRequestIdOrder() {
        // a–b and b–c both 5 minutes, cap 20 of 10-hour requests: the tie goes to the edge of the smaller ids (a–b).
        var matrix = new Times(3).both(0, 1, 300).both(1, 2, 300).matrix();
        var requests = List.of(cleaning("c", 10, 2), cleaning("b", 10, 1), cleaning("a", 10, 0));

        var lots = DemandAggregator.aggregate(requests, places(3), matrix, new DemandAggregator.Settings(20, 20));

        assertThat(groups(lots)).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void aRequestAboveTheCapIsALotAlone() {
        // x (30 h) is at the same place as a and 5 minutes from b, but 30 h alone exceeds the 20-hour cap.
        var matrix = new Times(2).both(0, 1, 300).matrix();
        var requests = List.of(cleaning("x", 30, 0), cleaning("a", 5, 0), cleaning("b", 5, 1));

        var lots = DemandAggregator.aggregate(requests, places(2), matrix, new DemandAggregator.Settings(20, 20));

        assertThat(groups(lots)).containsExactly(List.of("a", "b"), List.of("x"));
        Lot x = lots.get(1);
        assertThat(x.id()).isEqualTo("CLEANING-x");
        assertThat(x.weeklyHours()).isEqualTo(30);
        assertThat(x.place()).isZero();
        assertThat(x.centre()).isEqualTo(new Location(45.0, 7.7));
        assertThat(x.radiusKm()).isZero();
        assertThat(x.maxInnerMinutes()).isZero();
    }

    // ---- lot fields --------------------------------------------------------------------------------------------

    @Test
    void lotFieldsOnASimpleCase() {
        // a at 45.0° N (10 h, 2 employees), b at 45.1° N (10 h, 3 employees), c at 45.4° N (20 h, 5 employees).
        var places = List.of(new Location(45.0, 7.7), new Location(45.1, 7.7), new Location(45.4, 7.7));
        // a–b 10 min, b–c 15 min, a→c 1141 s (19.02 min, rounded up: 20) and c→a 1100 s: all within 20, one lot.
        var matrix = new Times(3).both(0, 1, 600).both(1, 2, 900).oneWay(0, 2, 1141).oneWay(2, 0, 1100).matrix();
        var requests = List.of(
                new ServiceRequestSpec("c", "k3", ServiceType.CLEANING, 20, 2, FROM, UNTIL, 5),
                new ServiceRequestSpec("a", "k1", ServiceType.CLEANING, 10, 0, FROM, UNTIL, 2),
                new ServiceRequestSpec("b", "k2", ServiceType.CLEANING, 10, 1, FROM, UNTIL, 3));

        var lots = DemandAggregator.aggregate(requests, places, matrix, DemandAggregator.Settings.DEFAULT);

        assertThat(lots).hasSize(1);
        Lot lot = lots.getFirst();
        assertThat(lot.id()).isEqualTo("CLEANING-a");
        assertThat(lot.serviceType()).isEqualTo(ServiceType.CLEANING);
        assertThat(lot.requestIds()).containsExactly("a", "b", "c");
        assertThat(lot.weeklyHours()).isEqualTo(40);
        assertThat(lot.employeesServed()).isEqualTo(10);
        // Centre weighted by hours: (45.0 × 10 + 45.1 × 10 + 45.4 × 20) / 40 = 45.225° N, 7.7° E.
        assertThat(lot.centre().latitude()).isCloseTo(45.225, within(1e-9));
        assertThat(lot.centre().longitude()).isCloseTo(7.7, within(1e-9));
        // Distances from the centre: a 0.225° = 25,018.9 m, b 0.125° = 13,899.4 m, c 0.175° = 19,459.1 m.
        // Nearest: b (place 1); farthest: a, 25.0189 km → 25.0 km (rounded to 100 m).
        assertThat(lot.place()).isEqualTo(1);
        assertThat(lot.radiusKm()).isEqualTo(25.0);
        // Longest inner travel: a–c, the longer way 1141 s, rounded up to 20 minutes.
        assertThat(lot.maxInnerMinutes()).isEqualTo(20);
    }

    @Test
    void radiusIsRoundedToHundredsOfMetres() {
        // Two 10-hour requests 0.1° apart: centre halfway, 0.05° = 5,559.75 m from each → 5.6 km.
        var places = List.of(new Location(45.0, 7.7), new Location(45.1, 7.7));
        var matrix = new Times(2).both(0, 1, 600).matrix();

        var lots = DemandAggregator.aggregate(List.of(cleaning("a", 10, 0), cleaning("b", 10, 1)), places, matrix,
                DemandAggregator.Settings.DEFAULT);

        assertThat(lots).hasSize(1);
        assertThat(lots.getFirst().radiusKm()).isEqualTo(5.6);
        assertThat(lots.getFirst().maxInnerMinutes()).isEqualTo(10);
    }

    // ---- determinism --------------------------------------------------------------------------------------------

    @Test
    void theSameRequestsInAnotherOrderGiveTheSameLots() {
        // Twelve requests of three types scattered over 8 villages 2–6 km apart, straight-line car estimates.
        List<Location> places = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 8; i++) {
            places.add(new Location(45.0 + random.nextDouble() * 0.1, 7.6 + random.nextDouble() * 0.1));
        }
        var matrix = new HaversineTravelTimeMatrix(places, TravelProfile.CAR);
        List<ServiceRequestSpec> requests = new ArrayList<>();
        ServiceType[] types = { ServiceType.CLEANING, ServiceType.FAMILY_CARE, ServiceType.GARDENING };
        for (int i = 0; i < 12; i++) {
            requests.add(request(String.format("r%02d", i), types[i % 3], 10 + 7 * i % 40, i % 8));
        }
        var settings = new DemandAggregator.Settings(8, 50);
        var expected = DemandAggregator.aggregate(requests, places, matrix, settings);

        for (int seed = 0; seed < 5; seed++) {
            List<ServiceRequestSpec> shuffled = new ArrayList<>(requests);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(DemandAggregator.aggregate(shuffled, places, matrix, settings)).isEqualTo(expected);
        }
        // Sanity: every request is in exactly one lot and the lots respect the cap unless a lot of one.
        assertThat(expected.stream().flatMap(l -> l.requestIds().stream()).sorted().toList())
                .isEqualTo(requests.stream().map(ServiceRequestSpec::id).toList());
        assertThat(expected).allMatch(l -> l.weeklyHours() <= 50 || l.requestIds().size() == 1);
        assertThat(expected).anyMatch(l -> l.requestIds().size() > 1);
        assertThat(expected).hasSizeGreaterThan(3);
    }

    // ---- bad input ---------------------------------------------------------------------------------------------

    @Test
    void badSettingsAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DemandAggregator.Settings(0, 160));
        assertThatIllegalArgumentException().isThrownBy(() -> new DemandAggregator.Settings(241, 160));
        assertThatIllegalArgumentException().isThrownBy(() -> new DemandAggregator.Settings(20, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new DemandAggregator.Settings(20, 2001));
        // The bounds themselves are fine.
        assertThat(new DemandAggregator.Settings(1, 1)).isNotNull();
        assertThat(new DemandAggregator.Settings(240, 2000)).isNotNull();
        assertThat(DemandAggregator.Settings.DEFAULT).isEqualTo(new DemandAggregator.Settings(20, 160));
    }

    @Test
    void placesAndMatrixMustAgree() {
        var matrix = new Times(2).matrix();
        assertThatIllegalArgumentException().isThrownBy(() -> DemandAggregator.aggregate(List.of(cleaning("a", 1, 0)),
                places(3), matrix, DemandAggregator.Settings.DEFAULT)).withMessageContaining("2 locations");
        assertThatIllegalArgumentException().isThrownBy(() -> DemandAggregator.aggregate(List.of(cleaning("a", 1, 2)),
                places(2), matrix, DemandAggregator.Settings.DEFAULT)).withMessageContaining("place 2");
    }

    @Test
    void requestsWhosePeriodsDoNotOverlapNeverShareALot() {
        var times = new Times(2).both(0, 1, 300);
        var winter = new ServiceRequestSpec("w", "company-1", ServiceType.CLEANING, 10, 0, FROM,
                FROM.plusMonths(2), 3);
        var summer = new ServiceRequestSpec("s", "company-2", ServiceType.CLEANING, 10, 1, FROM.plusMonths(3),
                UNTIL, 3);
        var spring = new ServiceRequestSpec("p", "company-3", ServiceType.CLEANING, 10, 1, FROM.plusMonths(2),
                FROM.plusMonths(4), 3);

        var apart = DemandAggregator.aggregate(List.of(winter, summer), places(2), times.matrix(),
                DemandAggregator.Settings.DEFAULT);
        var sharingADay = DemandAggregator.aggregate(List.of(winter, spring), places(2), times.matrix(),
                DemandAggregator.Settings.DEFAULT);

        assertThat(apart).hasSize(2);
        assertThat(sharingADay).hasSize(1);
    }

    @Test
    void duplicateRequestIdsAreRefused() {
        var r = request("r1", ServiceType.CLEANING, 10, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemandAggregator.aggregate(List.of(r, r), places(1),
                new Times(1).matrix(), DemandAggregator.Settings.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("r1");
    }
}
