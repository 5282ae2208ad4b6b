package org.prossima.solver.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PartialTravelTimeMatrixTest {

    /** Figures between two routed places: 0↔1 is 100 s and 1000 m one way, 120 s and 1100 m back. */
    private static final ExplicitTravelTimeMatrix ROUTED = new ExplicitTravelTimeMatrix(TravelProfile.CAR,
            new long[][] {{0, 100}, {120, 0}}, new long[][] {{0, 1000}, {1100, 0}}, "road network: test", false);

    @Test
    void routedPlacesKeepTheirIndexesAndTheOthersHaveNoFigures() {
        // places 0, 1, 2: place 1 could not be routed; places 0 and 2 are the routed matrix's 0 and 1
        TravelTimeMatrix m = PartialTravelTimeMatrix.of(ROUTED, 3, List.of(0, 2));

        assertThat(m.size()).isEqualTo(3);
        assertThat(m.routable(0)).isTrue();
        assertThat(m.routable(1)).isFalse();
        assertThat(m.routable(2)).isTrue();
        assertThat(m.travelSeconds(0, 2)).isEqualTo(100);
        assertThat(m.travelSeconds(2, 0)).isEqualTo(120);
        assertThat(m.distanceMetres(2, 0)).isEqualTo(1100);
        assertThat(m.source()).isEqualTo("road network: test");
        assertThat(m.estimate()).isFalse();
        assertThatThrownBy(() -> m.travelSeconds(0, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("place 1 has no travel figures");
        assertThatThrownBy(() -> m.distanceMetres(1, 2)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everyPlaceRoutedIsTheMatrixItself() {
        assertThat(PartialTravelTimeMatrix.of(ROUTED, 2, List.of(0, 1))).isSameAs(ROUTED);
    }

    @Test
    void theRoutedPlacesMustMatchTheMatrix() {
        assertThatThrownBy(() -> PartialTravelTimeMatrix.of(ROUTED, 3, List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 routed places for a matrix of 2");
    }

    @Test
    void averageSpeedTurnsDistancesIntoAnEstimate() {
        // 1000 m at TRANSIT's 15 km/h: 240 s; 1100 m: 264 s
        TravelTimeMatrix partial = PartialTravelTimeMatrix.of(ROUTED, 3, List.of(0, 2));
        var transit = new AverageSpeedTravelTimeMatrix(partial, TravelProfile.TRANSIT, "estimate from road distances");

        assertThat(transit.travelSeconds(0, 2)).isEqualTo(240);
        assertThat(transit.travelSeconds(2, 0)).isEqualTo(264);
        assertThat(transit.distanceMetres(0, 2)).isEqualTo(1000);
        assertThat(transit.profile()).isEqualTo(TravelProfile.TRANSIT);
        assertThat(transit.estimate()).isTrue();
        assertThat(transit.routable(1)).isFalse();
        assertThat(transit.source()).isEqualTo("estimate from road distances");
    }
}
