package org.prossima.solver.placement;

import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.prossima.solver.geo.Location;
import org.prossima.solver.placement.generator.*;

class ScratchBenchTest {
    @Test
    void run() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("../data/src/main/resources/territory/comuni.csv"));
        List<Town> towns = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[6].equals("TO4")) continue;
            towns.add(new Town(f[0], f[1], new Location(Double.parseDouble(f[4]), Double.parseDouble(f[5])), Integer.parseInt(f[3]), f[7].isEmpty() ? null : f[7]));
        }
        towns = Town.withNearestKnownConsortium(towns); System.out.println("towns " + towns.size());
        int n = Integer.getInteger("n", 2000), mm = Integer.getInteger("m", 600);
        long secs = Long.getLong("secs", 30);
        var roster = new RosterGenerator(towns, LocalDate.of(2027, 1, 4)).generate(1, n, mm);
        System.out.println("seats " + roster.seats());
        for (var variant : List.of(PlacementVariant.valueOf(System.getProperty("variant","FLOW")))) {
            var problem = roster.problem(variant);
            long t0 = System.nanoTime();
            var ctx = new PlacementSolver.Context(problem);
            System.out.printf("%s context %d ms, edges %d, flow %d ms placed %d objective %d%n", variant, (System.nanoTime()-t0)/1000000, ctx.eligibility.edgeCount(), ctx.flow.elapsed().toMillis(), ctx.flow.assignment().size(), ctx.flow.objective());
            for (var start : List.of(PlacementSolver.Start.COLD)) { for (long sx : new long[]{1, secs}) {
                var solved = new PlacementSolver().solveMeasured(problem, Duration.ofSeconds(sx), start, p -> {});
                var plan = solved.plan();
                System.out.printf("%s %s score %s placed %d objective %d gap %.4f%% moves/s %d%n", variant, start, plan.score(), plan.placed(), plan.objective(), plan.flowReference().gapPercent(), solved.moveEvaluationsPerSecond());
            }}
        }
    }
}
