package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

class VrptwBenchmarkTest {

    @Test
    void formatsALineWithGap() {
        var result = new VrptwFeasibility(10, 837.2294, List.of());
        assertThat(VrptwBenchmark.line("C101", result, OptionalDouble.of(828.94)))
                .isEqualTo("C101,10,837.23,true,828.94,1.00");
    }

    @Test
    void leavesTheGapBlankWithoutBestKnown() {
        var result = new VrptwFeasibility(3, 100, List.of("late"));
        assertThat(VrptwBenchmark.line("X1", result, OptionalDouble.empty())).isEqualTo("X1,3,100.00,false,,");
    }
}
