package org.prossima.bench.vrptw;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Best-known distances by instance name, read from a CSV with the columns {@code instance,vehicles,distance,...}. */
public final class BestKnownDistances {

    private final Map<String, Double> distances;

    private BestKnownDistances(Map<String, Double> distances) {
        this.distances = Map.copyOf(distances);
    }

    public static BestKnownDistances none() {
        return new BestKnownDistances(Map.of());
    }

    public static BestKnownDistances read(Path csv) throws IOException {
        return parse(csv.toString(), Files.readAllLines(csv));
    }

    static BestKnownDistances parse(String origin, List<String> lines) {
        if (lines.isEmpty() || !lines.getFirst().startsWith("instance,vehicles,distance")) {
            throw new IllegalArgumentException(origin + ": expected the header instance,vehicles,distance,...");
        }
        Map<String, Double> distances = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", 4);
            try {
                distances.put(fields[0].strip(), Double.parseDouble(fields[2].strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(origin + " line " + (i + 1) + ": cannot read '" + line + "'", e);
            }
        }
        return new BestKnownDistances(distances);
    }

    public OptionalDouble distance(String instance) {
        Double d = distances.get(instance);
        return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
    }
}
