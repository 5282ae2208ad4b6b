package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class VrptwResultTest {

    @Test
    void headerNamesTheColumnsInOrder() {
        assertThat(VrptwResult.HEADER)
                .isEqualTo("instance,solver,seconds,vehicles,distance,feasible,bks_distance,gap_pct");
    }

    @Test
    void formatsARowWithTheGapInPercentTwoDecimals() {
        var result = new VrptwResult("C101", "jsprit", 10.0371, new VrptwFeasibility(10, 837.2294, List.of()),
                OptionalDouble.of(828.94));

        assertThat(result.csvLine()).isEqualTo("C101,jsprit,10.04,10,837.23,true,828.94,1.00");
        assertThat(result.gapPercent().getAsDouble()).isEqualTo(100 * (837.2294 - 828.94) / 828.94);
    }

    @Test
    void aGapThatRoundsToZeroIsNotNegative() {
        // C101's best known 828.94 is the optimum 828.9366 rounded up
        var result = new VrptwResult("C101", "jsprit", 10, new VrptwFeasibility(10, 828.9366, List.of()),
                OptionalDouble.of(828.94));

        assertThat(result.csvLine()).endsWith(",828.94,0.00");
    }

    @Test
    void leavesBestKnownAndGapBlankWithoutABestKnownAndShowsInfeasibility() {
        var result = new VrptwResult("X1", "prossima", 2, new VrptwFeasibility(3, 100, List.of("late")),
                OptionalDouble.empty());

        assertThat(result.csvLine()).isEqualTo("X1,prossima,2.00,3,100.00,false,,");
    }
}
