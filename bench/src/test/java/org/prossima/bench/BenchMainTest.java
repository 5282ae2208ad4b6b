package org.prossima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prossima.bench.vrptw.SolomonParser;
import org.prossima.bench.vrptw.VrptwFeasibilityCheck;

class BenchMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path outDir;

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
    void rejectsUnknownCommandsBadSecondsAndUnknownSolvers() {
        assertThat(run("tsp")).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command: tsp").contains("usage:");
        assertThat(run("vrptw", "--instances", tiny(), "--seconds", "-1")).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(run("vrptw", "--instances", tiny())).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seconds is required");
        assertThat(run("vrptw", "--instances", tiny(), "--seconds", "1", "--solver", "prossima,ortools"))
                .isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown solver: ortools (known: prossima,jsprit)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void bothSolversByDefaultOnTheSameInstanceWithResultsSolutionsAndSummary() throws IOException {
        int code = run("vrptw", "--instances", tiny(), "--seconds", "0.3", "--out", outDir.toString());

        assertThat(code).isZero();
        List<String> rows = Files.readAllLines(outDir.resolve("results.csv"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("instance,solver,seconds,vehicles,distance,feasible,bks_distance,gap_pct");
        // the optimum, [1] and [2, 3], for both
        assertThat(rows.get(1)).matches("TINY,prossima,\\d+\\.\\d\\d,2,36\\.32,true,,");
        assertThat(rows.get(2)).matches("TINY,jsprit,\\d+\\.\\d\\d,2,36\\.32,true,,");
        assertThat(Files.readAllLines(outDir.resolve("TINY.jsprit.sol"))).last().isEqualTo("Cost 36.32");
        assertThat(Files.readAllLines(outDir.resolve("TINY.prossima.sol"))).hasSize(3);
        List<String> summary = Files.readAllLines(outDir.resolve("summary.txt"));
        assertThat(summary).last().isEqualTo("prossima ahead of jsprit on 0/1 instances");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsSubsequence(rows).endsWith(summary.toArray(String[]::new));
    }

    @Test
    void oneSolverOnly() throws IOException {
        assertThat(run("vrptw", "--instances", tiny(), "--seconds", "0.2", "--solver", "jsprit", "--out",
                outDir.toString())).isZero();

        assertThat(Files.readAllLines(outDir.resolve("results.csv"))).hasSize(2).last().asString()
                .startsWith("TINY,jsprit,");
        assertThat(outDir.resolve("TINY.prossima.sol")).doesNotExist();
    }

    /** The whole command on two real instances, 2 s per solver; the solutions on disk agree with the CSV. */
    @Test
    void smokeRunOnTwoSolomonInstances() throws IOException {
        Path c101 = SharedData.require("benchmarks/vrptw/solomon/C101.txt");
        Path r101 = SharedData.require("benchmarks/vrptw/solomon/R101.txt");

        int code = run("vrptw", "--instances", c101.toString(), r101.toString(), "--seconds", "2", "--out",
                outDir.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> rows = Files.readAllLines(outDir.resolve("results.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.subList(1, 5)).satisfiesExactly(
                row -> assertThat(row).matches("C101,prossima,[\\d.]+,\\d+,[\\d.]+,(true|false),828\\.94,-?[\\d.]+"),
                row -> assertThat(row).matches("C101,jsprit,[\\d.]+,\\d+,[\\d.]+,true,828\\.94,-?[\\d.]+"),
                row -> assertThat(row).matches("R101,prossima,[\\d.]+,\\d+,[\\d.]+,(true|false),1642\\.88,-?[\\d.]+"),
                row -> assertThat(row).matches("R101,jsprit,[\\d.]+,\\d+,[\\d.]+,true,1642\\.88,-?[\\d.]+"));
        for (String row : rows.subList(1, 5)) {
            String[] f = row.split(",");
            Path instanceFile = f[0].equals("C101") ? c101 : r101;
            var recheck = VrptwFeasibilityCheck.check(SolomonParser.parse(instanceFile),
                    routes(outDir.resolve(f[0] + "." + f[1] + ".sol")));
            assertThat(String.format(java.util.Locale.ROOT, "%.2f", recheck.totalDistance())).isEqualTo(f[4]);
            assertThat(Boolean.toString(recheck.feasible())).isEqualTo(f[5]);
        }
        assertThat(Files.readAllLines(outDir.resolve("summary.txt"))).hasSize(3);
    }

    private static List<List<Integer>> routes(Path solution) throws IOException {
        return Files.readAllLines(solution).stream()
                .filter(line -> line.startsWith("Route #"))
                .map(line -> Arrays.stream(line.substring(line.indexOf(':') + 1).strip().split(" "))
                        .map(Integer::valueOf).toList())
                .toList();
    }

    private static String tiny() {
        try {
            return Path.of(BenchMainTest.class.getResource("/vrptw/TINY.txt").toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void matrixNeedsAMapPointsAndASeed() {
        assertThat(run("matrix", "--points", "10", "--seed", "1")).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--osm is required");
        assertThat(run("matrix", "--osm", "/no/such/map.osm.pbf", "--points", "10", "--seed", "1"))
                .isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such OpenStreetMap file: /no/such/map.osm.pbf");
        Path andorra = SharedData.require("data/osm/andorra.osm.pbf");
        assertThat(run("matrix", "--osm", andorra.toString(), "--points", "0", "--seed", "1"))
                .isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--points must be a positive whole number: 0");
        assertThat(run("matrix", "--osm", andorra.toString(), "--points", "5", "--seed", "1", "--profile", "transit"))
                .isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown profile: transit (known: car,van,foot)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void matrixTimesBothAlgorithmsOnAndorraAndChecksThemAgainstGraphHopper() {
        Path andorra = SharedData.require("data/osm/andorra.osm.pbf");

        int code = run("matrix", "--osm", andorra.toString(), "--points", "30", "--seed", "5", "--check", "100",
                "--graph", outDir.resolve("graph").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> rows = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo("points,algorithm,seconds,max_rel_error");
        assertThat(rows.get(1)).startsWith("30,many-to-many-ch,");
        assertThat(rows.get(2)).startsWith("30,per-pair-ch,");
        for (String row : rows.subList(1, 3)) {
            assertThat(Double.parseDouble(row.split(",")[3])).as(row).isLessThan(0.001);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("road graph imported in ")
                .contains("per-pair-ch: all 900 pairs in ").contains("checked 100 random pairs");
    }

    @Test
    void matrixCanExtrapolateThePerPairLoopAndSaysSo() {
        Path andorra = SharedData.require("data/osm/andorra.osm.pbf");

        int code = run("matrix", "--osm", andorra.toString(), "--points", "20", "--seed", "2", "--check", "10",
                "--pair-sample", "100", "--profile", "foot", "--graph", outDir.resolve("graph").toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("per-pair-ch: EXTRAPOLATED, not measured on all pairs: 100 random pairs took ");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(3);
    }
}
