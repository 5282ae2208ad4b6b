package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class BestKnownDistancesTest {

    @Test
    void readsTheDistanceColumnDespiteCommasInTheSource() {
        var bks = BestKnownDistances.parse("bks.csv", List.of("instance,vehicles,distance,source",
                "C101,10,828.94,\"repo@abc:BKS.json[C101_distance] (README: best of A, B, C)\"",
                "R101,20,1642.88,x"));

        assertThat(bks.distance("C101")).hasValue(828.94);
        assertThat(bks.distance("R101")).hasValue(1642.88);
        assertThat(bks.distance("RC999")).isEmpty();
    }

    @Test
    void rejectsAnotherFile() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BestKnownDistances.parse("other.csv", List.of("a,b,c")))
                .withMessageContaining("other.csv");
    }
}
