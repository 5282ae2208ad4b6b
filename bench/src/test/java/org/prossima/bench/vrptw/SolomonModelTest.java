package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.prossima.solver.foodrecovery.Capacity;

class SolomonModelTest {

    @Test
    void scalesByAThousandRoundingTravelUp() {
        var problem = SolomonModel.toProblem(TinyInstance.load());
        var matrix = problem.matrix();

        assertThat(matrix.travelSeconds(0, 1)).isEqualTo(5000);
        // sqrt(40) = 6.3245553... → 6324.555... → 6325
        assertThat(matrix.travelSeconds(2, 3)).isEqualTo(6325);
        assertThat(matrix.distanceMetres(2, 3)).isEqualTo(6325);
        assertThat(matrix.estimate()).isFalse();
    }

    @Test
    void depotWindowIsTheShiftAndCustomersArePickups() {
        var problem = SolomonModel.toProblem(TinyInstance.load());

        assertThat(problem.vehicles()).hasSize(2).allSatisfy(v -> {
            assertThat(v.capacity()).isEqualTo(Capacity.ambient(30));
            assertThat(v.startLocation()).isZero();
            assertThat(v.endLocation()).isZero();
            assertThat(v.shiftStart()).isZero();
            assertThat(v.shiftEnd()).isEqualTo(100_000);
        });
        var second = problem.pickups().get(1);
        assertThat(second.id()).isEqualTo("2");
        assertThat(second.location()).isEqualTo(2);
        assertThat(second.windowStart()).isEqualTo(20_000);
        assertThat(second.windowEnd()).isEqualTo(30_000);
        assertThat(second.serviceSeconds()).isEqualTo(5_000);
        assertThat(second.kg()).isEqualTo(15);
    }
}
