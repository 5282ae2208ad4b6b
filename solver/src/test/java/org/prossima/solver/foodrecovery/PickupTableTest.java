package org.prossima.solver.foodrecovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PickupTableTest {

    @Test
    void listsTheOtherPickupsByRoundTripTimeNearestFirst() {
        var problem = RandomInstances.aroundIvrea(7, 30, 3, 200);
        var solution = FoodRecoverySolution.of(problem);
        var table = PickupTable.of(solution, 10);
        var matrix = problem.matrix();
        for (int i = 0; i < 30; i++) {
            int[] list = table.nearest(i);
            assertThat(list).hasSize(10).doesNotContain(i).doesNotHaveDuplicates();
            int from = solution.getStops().get(i).getLocation();
            long previous = -1;
            for (int j : list) {
                int to = solution.getStops().get(j).getLocation();
                long roundTrip = matrix.travelSeconds(from, to) + matrix.travelSeconds(to, from);
                assertThat(roundTrip).isGreaterThanOrEqualTo(previous);
                previous = roundTrip;
            }
            // Nothing left out is nearer than the farthest kept.
            for (int j = 0; j < 30; j++) {
                final int other = j;
                if (j != i && Arrays.stream(list).noneMatch(k -> k == other)) {
                    int to = solution.getStops().get(j).getLocation();
                    assertThat(matrix.travelSeconds(from, to) + matrix.travelSeconds(to, from))
                            .isGreaterThanOrEqualTo(previous);
                }
            }
        }
    }

    @Test
    void keepsFewerWhenThereAreFewerPickups() {
        var solution = FoodRecoverySolution.of(RandomInstances.aroundIvrea(7, 4, 1, 200));
        var table = PickupTable.of(solution, 40);
        assertThat(table.nearest(0)).hasSize(3);
        assertThat(solution.getStops()).extracting(p -> p.ordinal).containsExactly(0, 1, 2, 3);
    }
}
