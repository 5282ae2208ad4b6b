package org.prossima.solver.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class HaversineTravelTimeMatrixTest {

    private static final Location IVREA = new Location(45.4669, 7.8759);
    private static final Location CHIVASSO = new Location(45.1907, 7.8876);
    private static final Location CUORGNE = new Location(45.3899, 7.6508);

    @Test
    void greatCircleDistanceIvreaChivassoIsAbout30point7Km() {
        double metres = HaversineTravelTimeMatrix.greatCircleMetres(IVREA, CHIVASSO);
        assertThat(metres).isCloseTo(30_700, within(307.0));
    }

    @Test
    void appliesCircuityAndProfileSpeed() {
        var matrix = new HaversineTravelTimeMatrix(List.of(IVREA, CHIVASSO, CUORGNE), TravelProfile.VAN);
        double road = HaversineTravelTimeMatrix.greatCircleMetres(IVREA, CHIVASSO) * 1.35;

        assertThat(matrix.size()).isEqualTo(3);
        assertThat(matrix.distanceMetres(0, 1)).isEqualTo(Math.round(road));
        assertThat(matrix.travelSeconds(0, 1)).isEqualTo(Math.round(road / (40 / 3.6)));
        // about 41.4 km of road at 40 km/h: a little over an hour
        assertThat(matrix.travelSeconds(0, 1)).isBetween(3_650L, 3_780L);
        assertThat(matrix.travelSeconds(1, 0)).isEqualTo(matrix.travelSeconds(0, 1));
        assertThat(matrix.travelSeconds(2, 2)).isZero();
        assertThat(matrix.distanceMetres(1, 1)).isZero();
    }

    @Test
    void saysItIsAnEstimateAndHow() {
        var matrix = new HaversineTravelTimeMatrix(List.of(IVREA), TravelProfile.VAN);
        assertThat(matrix.estimate()).isTrue();
        assertThat(matrix.profile()).isEqualTo(TravelProfile.VAN);
        assertThat(matrix.source()).isEqualTo("straight-line estimate: great-circle distance × 1.35 at 40 km/h (van)");
        assertThat(new HaversineTravelTimeMatrix(List.of(IVREA), TravelProfile.FOOT, 1.2).source())
                .isEqualTo("straight-line estimate: great-circle distance × 1.20 at 4.5 km/h (foot)");
    }

    @Test
    void carIsFasterThanFoot() {
        var car = new HaversineTravelTimeMatrix(List.of(IVREA, CUORGNE), TravelProfile.CAR);
        var foot = new HaversineTravelTimeMatrix(List.of(IVREA, CUORGNE), TravelProfile.FOOT);
        assertThat(car.distanceMetres(0, 1)).isEqualTo(foot.distanceMetres(0, 1));
        assertThat(car.travelSeconds(0, 1)).isLessThan(foot.travelSeconds(0, 1));
    }

    @Test
    void rejectsBadCircuityAndIndexes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new HaversineTravelTimeMatrix(List.of(IVREA), TravelProfile.CAR, 0.9))
                .withMessageContaining("0.9");
        var matrix = new HaversineTravelTimeMatrix(List.of(IVREA), TravelProfile.CAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> matrix.travelSeconds(0, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
