package org.prossima.solver.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExplicitTravelTimeMatrixTest {

    @Test
    void returnsTheGivenFiguresAndCopiesTheArrays() {
        long[][] seconds = {{0, 10}, {12, 0}};
        long[][] metres = {{0, 100}, {120, 0}};
        var matrix = new ExplicitTravelTimeMatrix(TravelProfile.VAN, seconds, metres, "Euclidean ×1000", true);
        seconds[0][1] = 999;

        assertThat(matrix.size()).isEqualTo(2);
        assertThat(matrix.travelSeconds(0, 1)).isEqualTo(10);
        assertThat(matrix.travelSeconds(1, 0)).isEqualTo(12);
        assertThat(matrix.distanceMetres(1, 0)).isEqualTo(120);
        assertThat(matrix.source()).isEqualTo("Euclidean ×1000");
        assertThat(matrix.estimate()).isTrue();
    }

    @Test
    void rejectsNonSquareOrNegativeInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExplicitTravelTimeMatrix(TravelProfile.CAR,
                new long[][] {{0, 1}, {1}}, new long[][] {{0, 1}, {1, 0}}, "x", false))
                .withMessageContaining("row 1 has 1 columns, expected 2");
        assertThatIllegalArgumentException().isThrownBy(() -> new ExplicitTravelTimeMatrix(TravelProfile.CAR,
                new long[][] {{0, -5}, {1, 0}}, new long[][] {{0, 1}, {1, 0}}, "x", false))
                .withMessageContaining("-5");
        assertThatIllegalArgumentException().isThrownBy(() -> new ExplicitTravelTimeMatrix(TravelProfile.CAR,
                new long[][] {{0}}, new long[][] {{0, 1}, {1, 0}}, "x", false))
                .withMessageContaining("rows");
    }
}
