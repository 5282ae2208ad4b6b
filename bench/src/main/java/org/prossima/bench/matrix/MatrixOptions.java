package org.prossima.bench.matrix;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;
import org.prossima.solver.travel.TravelProfile;
import org.prossima.travel.roads.RoadNetworkSettings;

/**
 * The matrix command's options, checked: the map exists, the counts are positive, the profile is a road one.
 *
 * @param graph      the graph cache directory
 * @param check      random pairs checked against GraphHopper's route()
 * @param pairSample time the per-pair loop on this many random pairs only (0: all of them)
 */
public record MatrixOptions(Path osm, int points, long seed, TravelProfile profile, Path graph, int check,
        long pairSample) {

    public static final String USAGE = """
                   java -jar prossima-bench.jar matrix --osm FILE --points N --seed S
                       [--profile car|van|foot] [--graph DIR] [--check K] [--pair-sample M]
              --osm         OpenStreetMap extract (.osm.pbf, .osm.gz or .osm)
              --points      N random points in the map's bounding box within 500 m of a road; the N×N matrix is
                            timed with the many-to-many search and with the per-pair CH loop
              --seed        random seed of the points and of the pairs checked
              --profile     car (default), van or foot
              --graph       graph cache directory; default: bench-out/graph-<osm file name>-<profile>
              --check       random pairs checked against GraphHopper's route(); default: 1000
              --pair-sample time the per-pair loop on M random pairs only and extrapolate to N² (said on
                            stderr); default: the full loop
            """;

    public static MatrixOptions parse(List<String> args) {
        Path osm = null;
        Integer points = null;
        Long seed = null;
        TravelProfile profile = TravelProfile.CAR;
        Path graph = null;
        int check = 1000;
        long pairSample = 0;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--osm" -> osm = Args.existingFile(Path.of(Args.value(args, ++i, "--osm")),
                        "OpenStreetMap file");
                case "--points" -> points = (int) positive(Args.value(args, ++i, "--points"), "--points");
                case "--seed" -> seed = Args.whole(Args.value(args, ++i, "--seed"), "--seed");
                case "--profile" -> profile = profile(Args.value(args, ++i, "--profile"));
                case "--graph" -> graph = Path.of(Args.value(args, ++i, "--graph"));
                case "--check" -> check = (int) positive(Args.value(args, ++i, "--check"), "--check");
                case "--pair-sample" -> pairSample = positive(Args.value(args, ++i, "--pair-sample"),
                        "--pair-sample");
                default -> throw new UsageException("unknown option: " + args.get(i));
            }
        }
        Args.require(osm, "--osm");
        Args.require(points, "--points");
        Args.require(seed, "--seed");
        if (graph == null) {
            graph = Path.of("bench-out", "graph-" + osm.getFileName() + "-" + profile.name().toLowerCase(Locale.ROOT));
        }
        return new MatrixOptions(osm, points, seed, profile, graph, check, pairSample);
    }

    /** The benchmark these options describe. */
    public MatrixBenchmark benchmark() {
        return new MatrixBenchmark(RoadNetworkSettings.of(osm, graph), profile, points, seed, check, pairSample);
    }

    private static long positive(String text, String option) {
        long n = Args.whole(text, option);
        if (n <= 0 || n > Integer.MAX_VALUE) {
            throw new UsageException(option + " must be a positive whole number: " + text);
        }
        return n;
    }

    private static TravelProfile profile(String text) {
        return switch (text) {
            case "car" -> TravelProfile.CAR;
            case "van" -> TravelProfile.VAN;
            case "foot" -> TravelProfile.FOOT;
            default -> throw new UsageException("unknown profile: " + text + " (known: car,van,foot)");
        };
    }
}
