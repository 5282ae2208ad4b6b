package org.prossima.bench.vrptw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolutionFileTest {

    @Test
    void writesNonEmptyRoutesNumberedFromOneThenTheCost(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SolutionFile.fileName("C101", "jsprit"));

        SolutionFile.write(file, List.of(List.of(), List.of(12, 5, 33), List.of(), List.of(7)), 828.9366);

        assertThat(file.getFileName()).hasToString("C101.jsprit.sol");
        assertThat(Files.readAllLines(file)).containsExactly("Route #1: 12 5 33", "Route #2: 7", "Cost 828.94");
    }

    @Test
    void fileNamesKeepOutPathSeparators() {
        assertThat(SolutionFile.fileName("../R 1/01", "prossima")).isEqualTo(".._R_1_01.prossima.sol");
    }
}
