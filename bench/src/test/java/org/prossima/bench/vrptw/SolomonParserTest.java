package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SolomonParserTest {

    private static final Path C101 = Path.of("/work/shared/benchmarks/vrptw/solomon/C101.txt");

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
        assumeTrue(Files.isRegularFile(C101), "Solomon instances not present at " + C101 + ": skipped");
        var instance = SolomonParser.parse(C101);

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
