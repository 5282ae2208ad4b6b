package org.prossima.solver.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpreadTest {

    @Test
    void equalValuesHaveNoSpread() {
        Spread s = Spread.of(40, 40, 40);
        assertThat(s.coefficientOfVariationPercent()).isZero();
        assertThat(s.gini()).isZero();
        assertThat(s.min()).isEqualTo(40);
        assertThat(s.max()).isEqualTo(40);
    }

    @Test
    void oneHavingEverythingIsAsUnevenAsFourValuesCanBe() {
        // mean 1, population standard deviation √3; Gini (n - 1) / n
        Spread s = Spread.of(0, 4, 0, 0);
        assertThat(s.mean()).isEqualTo(1.0);
        assertThat(s.coefficientOfVariationPercent()).isCloseTo(100 * Math.sqrt(3), within(1e-9));
        assertThat(s.gini()).isCloseTo(0.75, within(1e-9));
        assertThat(s.count()).isEqualTo(4);
    }

    @Test
    void aTextbookCase() {
        // 10, 20, 30: mean 20, sd √(200/3); Gini = (|10-20|+|10-30|+|20-30|) × 2 / (2 × 9 × 20) = 80 / 360
        Spread s = Spread.of(30, 10, 20);
        assertThat(s.coefficientOfVariationPercent()).isCloseTo(100 * Math.sqrt(200.0 / 3) / 20, within(1e-9));
        assertThat(s.gini()).isCloseTo(80.0 / 360, within(1e-9));
    }

    @Test
    void nothingOrZerosOrNegatives() {
        assertThat(Spread.of().count()).isZero();
        assertThat(Spread.of(0, 0).coefficientOfVariationPercent()).isZero();
        assertThat(Spread.of(0, 0).gini()).isZero();
        assertThatThrownBy(() -> Spread.of(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
