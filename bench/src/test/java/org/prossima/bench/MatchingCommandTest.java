package org.prossima.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The matching command end to end on a small instance (60 candidates, 20 opportunities, 1 s per solve). */
class MatchingCommandTest {

    @TempDir
    static Path dir;

    private static int code;
    private static List<String> stdout;
    private static String stderr;
    private static Path export;

    @BeforeAll
    static void runOnce() {
        export = dir.resolve("nested/matching.json");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        code = BenchMain.run(new String[] {"matching", "--candidates", "60", "--opportunities", "20", "--seed", "7",
                "--seconds", "1", "--export", export.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stdout = out.toString(StandardCharsets.UTF_8).lines().toList();
        stderr = err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheExactHeaderAndFourRowsInOrderThenTheGreedyBaseline() {
        assertThat(code).as(stderr).isZero();
        assertThat(stdout).hasSize(6);
        assertThat(stdout.getFirst()).isEqualTo("variant,mode,seconds,placed,objective,optimum,gap_pct,rate_cv_pct,"
                + "rate_min_pct,rate_max_pct");
        String number = "\\d+\\.\\d,\\d+,-?\\d+,\\d+,-?\\d+\\.\\d{4},\\d+\\.\\d,\\d+\\.\\d,\\d+\\.\\d";
        assertThat(stdout.get(1)).matches("flow,cold," + number);
        assertThat(stdout.get(2)).matches("flow,seeded," + number);
        assertThat(stdout.get(3)).matches("full,cold," + number);
        assertThat(stdout.get(4)).matches("full,seeded," + number);
        assertThat(stdout.get(5)).matches("full,greedy," + number);
        // one optimum for all rows
        assertThat(stdout.subList(1, 6).stream().map(r -> r.split(",")[5]).distinct()).hasSize(1);
        // the optimiser's plan is worth at least first come, first served's (the flow optimum bounds both)
        assertThat(Long.parseLong(stdout.get(4).split(",")[4])).isGreaterThanOrEqualTo(
                Long.parseLong(stdout.get(5).split(",")[4]));
        assertThat(stderr).contains("full,greedy: feasible=true");
    }

    @Test
    void seededFlowReachesTheOptimumExactly() {
        String[] row = stdout.get(2).split(",");
        assertThat(row[4]).isEqualTo(row[5]);
        assertThat(row[6]).isEqualTo("0.0000");
    }

    @Test
    void everyRowIsCheckedIndependentlyAndReportedOnStderr() {
        List<String> lines = stderr.lines().toList();
        assertThat(lines.getFirst()).startsWith("matching: seed 7, 60 candidates, 20 opportunities").contains("check ok");
        assertThat(lines).filteredOn(l -> l.matches("(flow|full),(cold|seeded): feasible=\\w+ solver_feasible=\\w+ "
                + "score=\\S+ flow_ms=\\d+ moves=-?\\d+ moves_per_s=-?\\d+ eligibility_edges=\\d+ check=ok")).hasSize(4);
        assertThat(lines).filteredOn(l -> l.startsWith("flow,")).allMatch(l -> l.contains(" feasible=true "));
        assertThat(stderr).doesNotContain("CHECK FAILED");
    }

    @Test
    void exportHoldsTheInstanceTheOptimumAndEveryPlan() throws IOException {
        JsonNode json = new ObjectMapper().readTree(Files.readString(export));

        assertThat(json.get("format").asString()).isEqualTo("prossima-matching-benchmark/1");
        assertThat(json.get("generator").get("seed").asLong()).isEqualTo(7);
        Set<String> candidates = ids(json.get("candidates"));
        Set<String> opportunities = ids(json.get("opportunities"));
        assertThat(candidates).hasSize(60);
        assertThat(opportunities).hasSize(20).contains("OPP-00001", "OPP-00020");
        assertThat(json.get("places").size()).isGreaterThan(20);
        assertThat(json.get("travel").size()).isEqualTo(2);
        JsonNode transit = json.get("travel").get(1);
        assertThat(transit.get("profile").asString()).isEqualTo("TRANSIT");
        assertThat(transit.get("seconds").size()).isEqualTo(transit.get("fromPlaces").size());
        assertThat(transit.get("seconds").get(0).size()).isEqualTo(transit.get("toPlaces").size());

        JsonNode optimum = json.get("flowOptimum");
        assertThat(optimum.get("checked").asBoolean()).isTrue();
        assertAssignment(optimum.get("assignment"), candidates, opportunities);
        assertThat(optimum.get("assignment").size()).isEqualTo(optimum.get("placed").asInt()).isPositive();

        JsonNode results = json.get("results");
        assertThat(results.size()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            JsonNode result = results.get(i);
            String[] row = stdout.get(i + 1).split(",");
            assertThat(result.get("variant").asString()).isEqualTo(row[0]);
            assertThat(result.get("mode").asString()).isEqualTo(row[1]);
            assertThat(result.get("placed").asInt()).isEqualTo(Integer.parseInt(row[3]))
                    .isEqualTo(result.get("assignment").size());
            assertThat(result.get("objective").asLong()).isEqualTo(Long.parseLong(row[4]));
            assertThat(result.get("optimum").asLong()).isEqualTo(optimum.get("objective").asLong());
            assertThat(result.get("checked").asBoolean()).isTrue();
            assertAssignment(result.get("assignment"), candidates, opportunities);
        }
        assertThat(results.get(1).get("assignment")).isEqualTo(optimum.get("assignment"));
    }

    @Test
    void rejectsBadArgumentsWithUsage() {
        assertUsageError("--seed is required", "matching", "--candidates", "60", "--opportunities", "20",
                "--seconds", "1");
        assertUsageError("--candidates must be within [1, 20000]: 0", "matching", "--candidates", "0",
                "--opportunities", "20", "--seed", "1", "--seconds", "1");
        assertUsageError("--opportunities is not a whole number: many", "matching", "--candidates", "6",
                "--opportunities", "many", "--seed", "1", "--seconds", "1");
        assertUsageError("--seed is not a whole number: 1.5", "matching", "--candidates", "6",
                "--opportunities", "2", "--seed", "1.5", "--seconds", "1");
        assertUsageError("--seconds must be positive: 0", "matching", "--candidates", "6", "--opportunities", "2",
                "--seed", "1", "--seconds", "0");
        assertUsageError("--seconds needs a value", "matching", "--candidates", "6", "--opportunities", "2",
                "--seed", "1", "--seconds");
        assertUsageError("unknown option: --instances", "matching", "--instances", "x");
        assertUsageError("--export is a directory, not a file", "matching", "--candidates", "6",
                "--opportunities", "2", "--seed", "1", "--seconds", "1", "--export", dir.toString());
    }

    private static void assertUsageError(String message, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(BenchMain.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: " + message).contains("usage:")
                .contains("matching --candidates N --opportunities M --seed S --seconds T");
        assertThat(out.size()).isZero();
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    private static void assertAssignment(JsonNode assignment, Set<String> candidates, Set<String> opportunities) {
        List<String> keys = new ArrayList<>(assignment.propertyNames());
        assertThat(candidates).containsAll(keys);
        assignment.forEach(value -> assertThat(opportunities).contains(value.asString()));
    }
}
