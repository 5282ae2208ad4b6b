package org.prossima.bench.vrptw;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Solves each Solomon instance with each solver in turn, on the same parsed instance and with the same wall-clock
 * budget, re-checks every solution independently ({@link VrptwFeasibilityCheck}) and writes into the output
 * directory: {@code results.csv} (also printed to stdout row by row, as produced), one {@code .sol} file per
 * instance and solver, and {@code summary.txt} (also printed at the end).
 */
public final class VrptwBenchmark {

    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.txt";

    private final List<VrptwSolver> solvers;
    private final BestKnownDistances bestKnown;
    private final Duration timeLimit;
    private final Path outDir;

    public VrptwBenchmark(List<VrptwSolver> solvers, BestKnownDistances bestKnown, Duration timeLimit,
            Path outDir) {
        this.solvers = List.copyOf(solvers);
        this.bestKnown = bestKnown;
        this.timeLimit = timeLimit;
        this.outDir = outDir;
    }

    public List<VrptwResult> run(List<Path> instanceFiles, PrintStream out) throws IOException {
        Files.createDirectories(outDir);
        List<VrptwResult> results = new ArrayList<>();
        try (BufferedWriter csv = Files.newBufferedWriter(outDir.resolve(RESULTS))) {
            emit(VrptwResult.HEADER, csv, out);
            for (Path file : instanceFiles) {
                SolomonInstance instance = SolomonParser.parse(file);
                for (VrptwSolver solver : solvers) {
                    VrptwResult result = runOne(instance, solver);
                    results.add(result);
                    emit(result.csvLine(), csv, out);
                }
            }
        }
        List<String> summary = VrptwSummary.lines(solvers.stream().map(VrptwSolver::name).toList(), results);
        Files.write(outDir.resolve(SUMMARY), summary);
        out.println();
        summary.forEach(out::println);
        out.flush();
        return results;
    }

    VrptwResult runOne(SolomonInstance instance, VrptwSolver solver) throws IOException {
        long start = System.nanoTime();
        List<List<Integer>> routes = solver.solve(instance, timeLimit);
        double seconds = (System.nanoTime() - start) / 1e9;
        VrptwFeasibility check = VrptwFeasibilityCheck.check(instance, routes);
        SolutionFile.write(outDir.resolve(SolutionFile.fileName(instance.name(), solver.name())), routes,
                check.totalDistance());
        return new VrptwResult(instance.name(), solver.name(), seconds, check, bestKnown.distance(instance.name()));
    }

    private static void emit(String line, BufferedWriter csv, PrintStream out) throws IOException {
        csv.write(line);
        csv.newLine();
        csv.flush();
        out.println(line);
        out.flush();
    }
}
