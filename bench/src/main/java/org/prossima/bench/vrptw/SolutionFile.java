package org.prossima.bench.vrptw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A solution in the usual text form of VRP benchmark sites: {@code Route #1: 12 5 33} per non-empty route
 * (numbered from 1, customer numbers as in the instance file), then {@code Cost 828.94}.
 */
public final class SolutionFile {

    private SolutionFile() {
    }

    public static void write(Path file, List<List<Integer>> routes, double cost) throws IOException {
        Files.write(file, lines(routes, cost));
    }

    static List<String> lines(List<List<Integer>> routes, double cost) {
        List<String> lines = new ArrayList<>();
        for (List<Integer> route : routes) {
            if (!route.isEmpty()) {
                StringBuilder line = new StringBuilder("Route #").append(lines.size() + 1).append(':');
                route.forEach(customer -> line.append(' ').append(customer));
                lines.add(line.toString());
            }
        }
        lines.add("Cost " + VrptwResult.format(cost));
        return lines;
    }

    /** {@code <instance>.<solver>.sol}, characters unsafe in file names replaced by {@code _}. */
    public static String fileName(String instance, String solver) {
        return (instance + "." + solver + ".sol").replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
