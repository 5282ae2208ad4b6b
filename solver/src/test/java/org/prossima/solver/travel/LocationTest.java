package org.prossima.solver.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void acceptsValidCoordinates() {
        var ivrea = new Location(45.4669, 7.8759);
        assertThat(ivrea.latitude()).isEqualTo(45.4669);
        assertThat(new Location(-90, 180)).isNotNull();
    }

    @Test
    void rejectsOutOfRangeValuesNamingTheValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Location(91.5, 7.0))
                .withMessageContaining("latitude").withMessageContaining("91.5");
        assertThatIllegalArgumentException().isThrownBy(() -> new Location(45.0, -180.25))
                .withMessageContaining("longitude").withMessageContaining("-180.25");
        assertThatIllegalArgumentException().isThrownBy(() -> new Location(Double.NaN, 7.0))
                .withMessageContaining("NaN");
    }
}
