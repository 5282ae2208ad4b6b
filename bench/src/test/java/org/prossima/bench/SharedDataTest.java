package org.prossima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SharedDataTest {

    @Test
    void looksInEveryAncestorNearestFirstSoBesideTheRepositoryToo() {
        // module bench/ of a clone at /ci/build/prossima, shared/ beside the clone
        assertThat(SharedData.candidates(Path.of("/ci/build/prossima/bench"), "benchmarks/x.txt")).containsExactly(
                Path.of("/ci/build/prossima/bench/shared/benchmarks/x.txt"),
                Path.of("/ci/build/prossima/shared/benchmarks/x.txt"),
                Path.of("/ci/build/shared/benchmarks/x.txt"),
                Path.of("/ci/shared/benchmarks/x.txt"),
                Path.of("/shared/benchmarks/x.txt"));
    }

    @Test
    void findsNothingThatDoesNotExist() {
        assertThat(SharedData.find("no/such/file-7f3a.txt")).isEmpty();
    }
}
