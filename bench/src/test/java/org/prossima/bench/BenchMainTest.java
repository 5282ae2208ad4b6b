package org.prossima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void missingInstanceFileIsAClearErrorWithNonZeroExit() {
        int code = run("vrptw", "--instances", "/no/such/C101.txt", "--seconds", "1");

        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such instance file: /no/such/C101.txt");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void rejectsUnknownCommandsAndBadSeconds() {
        assertThat(run("tsp")).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command: tsp").contains("usage:");
        assertThat(run("vrptw", "--instances", tiny(), "--seconds", "-1")).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(run("vrptw", "--instances", tiny())).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seconds is required");
    }

    @Test
    void solvesAndChecksATinyInstance() {
        int code = run("vrptw", "--instances", tiny(), "--seconds", "0.3");

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "instance,vehicles,distance,feasible,bks_distance,gap_percent",
                "TINY,2,36.32,true,,"); // the optimum: [1] and [2, 3]
    }

    private static String tiny() {
        try {
            return Path.of(BenchMainTest.class.getResource("/vrptw/TINY.txt").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
