package org.prossima.bench.vrptw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the original Solomon text format: the name on the first line, {@code NUMBER CAPACITY} on the line after
 * the one naming them, then after the {@code CUST NO.} header one row of seven numbers per customer, the depot
 * first. Blank lines and extra spaces are ignored.
 */
public final class SolomonParser {

    private SolomonParser() {
    }

    public static SolomonInstance parse(Path file) throws IOException {
        return parse(file.toString(), Files.readAllLines(file));
    }

    /** @param origin named in error messages (usually the file name) */
    public static SolomonInstance parse(String origin, List<String> lines) {
        int i = nextNonBlank(lines, 0, origin, "the instance name");
        String name = lines.get(i).strip();
        i = find(lines, i + 1, "NUMBER", origin);
        i = nextNonBlank(lines, i + 1, origin, "the NUMBER and CAPACITY values");
        String[] fleet = lines.get(i).strip().split("\\s+");
        if (fleet.length != 2) {
            throw error(origin, i, "expected two numbers NUMBER CAPACITY, got '" + lines.get(i).strip() + "'");
        }
        int vehicles = parseInt(fleet[0], origin, i);
        int capacity = parseInt(fleet[1], origin, i);
        i = find(lines, i + 1, "CUST NO.", origin);
        List<SolomonCustomer> customers = new ArrayList<>();
        for (int row = i + 1; row < lines.size(); row++) {
            String line = lines.get(row).strip();
            if (!line.isEmpty()) {
                customers.add(customer(line, origin, row));
            }
        }
        if (customers.size() < 2) {
            throw error(origin, i, "expected the depot and at least one customer after the CUST NO. header");
        }
        return new SolomonInstance(name, vehicles, capacity, customers);
    }

    private static SolomonCustomer customer(String line, String origin, int row) {
        String[] f = line.split("\\s+");
        if (f.length != 7) {
            throw error(origin, row, "expected 7 numbers (CUST NO., X, Y, DEMAND, READY TIME, DUE DATE, SERVICE TIME),"
                    + " got " + f.length + ": '" + line + "'");
        }
        return new SolomonCustomer(parseInt(f[0], origin, row), parseDouble(f[1], origin, row),
                parseDouble(f[2], origin, row), parseInt(f[3], origin, row), parseDouble(f[4], origin, row),
                parseDouble(f[5], origin, row), parseDouble(f[6], origin, row));
    }

    private static int nextNonBlank(List<String> lines, int from, String origin, String what) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        throw new IllegalArgumentException(origin + ": ended before " + what);
    }

    private static int find(List<String> lines, int from, String marker, String origin) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i;
            }
        }
        throw new IllegalArgumentException(origin + ": no line containing '" + marker
                + "' (is this a Solomon VRPTW file?)");
    }

    private static int parseInt(String s, String origin, int row) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw error(origin, row, "not an integer: '" + s + "'");
        }
    }

    private static double parseDouble(String s, String origin, int row) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw error(origin, row, "not a number: '" + s + "'");
        }
    }

    private static IllegalArgumentException error(String origin, int row, String message) {
        return new IllegalArgumentException(origin + " line " + (row + 1) + ": " + message);
    }
}
