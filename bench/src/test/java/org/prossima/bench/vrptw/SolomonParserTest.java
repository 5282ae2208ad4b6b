package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prossima.bench.SharedData;

class SolomonParserTest {

    @Test
    void readsNameFleetAndCustomersDepotFirst() {
        var instance = TinyInstance.load();

        assertThat(instance.name()).isEqualTo("TINY");
        assertThat(instance.vehicleCount()).isEqualTo(2);
        assertThat(instance.capacity()).isEqualTo(30);
        assertThat(instance.customers()).hasSize(4);
        assertThat(instance.depot()).isEqualTo(new SolomonCustomer(0, 0, 0, 0, 0, 100, 0));
        assertThat(instance.visits().get(1)).isEqualTo(new SolomonCustomer(2, 6, 8, 15, 20, 30, 5));
    }

    @Test
    void readsTheRealC101() throws Exception {
        var instance = SolomonParser.parse(SharedData.require("benchmarks/vrptw/solomon/C101.txt"));

        assertThat(instance.name()).isEqualTo("C101");
        assertThat(instance.vehicleCount()).isEqualTo(25);
        assertThat(instance.capacity()).isEqualTo(200);
        assertThat(instance.visits()).hasSize(100);
        assertThat(instance.depot()).isEqualTo(new SolomonCustomer(0, 40, 50, 0, 0, 1236, 0));
        assertThat(instance.visits().getFirst()).isEqualTo(new SolomonCustomer(1, 45, 68, 10, 912, 967, 90));
    }

    @Test
    void namesTheLineOfABadRow() {
        var lines = List.of("X", "", "VEHICLE", "NUMBER     CAPACITY", "  2  30", "", "CUSTOMER",
                "CUST NO.  XCOORD.", "", "0 0 0 0 0 100 0", "1 3 4 ten 0 20 5");
        assertThatIllegalArgumentException().isThrownBy(() -> SolomonParser.parse("bad.txt", lines))
                .withMessage("bad.txt line 11: not an integer: 'ten'");
    }

    @Test
    void rejectsAFileThatIsNotSolomon() {
        assertThatIllegalArgumentException().isThrownBy(() -> SolomonParser.parse("x.txt", List.of("hello")))
                .withMessageContaining("no line containing 'NUMBER'");
    }
}
