package org.prossima.bench.matrix;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.prossima.travel.roads.RoadGraphStatus;
import org.prossima.travel.roads.RoadMatrixResult;
import org.prossima.travel.roads.RoadNetwork;
import org.prossima.travel.roads.RoadNetworkSettings;
import org.prossima.travel.roads.RoadRoute;
import org.prossima.travel.roads.RoadTravelTimeMatrix;
import org.prossima.travel.roads.SnappedLocations;
import org.prossima.solver.travel.Location;
import org.prossima.solver.travel.TravelProfile;

import com.graphhopper.routing.DijkstraBidirectionCH;
import com.graphhopper.routing.Path;
import com.graphhopper.util.shapes.BBox;

/**
 * Times an N×N road matrix two ways on the same random snapped points: Prossima's many-to-many search on the
 * contraction hierarchy ({@code many-to-many-ch}), and the per-pair loop of GraphHopper's own CH point-to-point
 * search ({@code per-pair-ch}: bidirectional Dijkstra with stall-on-demand, path unpacked for its time and
 * distance), both on the same query graph, snapping excluded, single-threaded, after an untimed warm-up; the
 * many-to-many time is the median of three runs, and stderr also gives each algorithm's CPU time, which other load
 * on the machine does not inflate. Then checks a random sample of pairs of each against
 * GraphHopper's route() (its own snapping, search and path) and prints CSV:
 * {@code points,algorithm,seconds,max_rel_error}. Notes go to stderr.
 */
public final class MatrixBenchmark {

    public static final String HEADER = "points,algorithm,seconds,max_rel_error";
    public static final String MANY_TO_MANY = "many-to-many-ch";
    public static final String PER_PAIR = "per-pair-ch";

    /** Points of the untimed warm-up of each algorithm, so that both are timed as compiled code. */
    private static final int WARM_UP_POINTS = 50;
    /**
     * The many-to-many search is timed this many times and the median kept: one run is short, so a moment of
     * other load on the machine would otherwise weigh on it far more than on the long per-pair loop.
     */
    private static final int MANY_TO_MANY_RUNS = 3;

    private final RoadNetworkSettings settings;
    private final TravelProfile profile;
    private final int points;
    private final long seed;
    private final int checkPairs;
    private final long pairSample;

    /**
     * @param pairSample 0 to time the per-pair loop on all N² pairs; otherwise on this many random pairs,
     *                   extrapolated to N²
     */
    public MatrixBenchmark(RoadNetworkSettings settings, TravelProfile profile, int points, long seed, int checkPairs,
            long pairSample) {
        this.settings = settings.withProfiles(Set.of(profile));
        this.profile = profile;
        this.points = points;
        this.seed = seed;
        this.checkPairs = checkPairs;
        this.pairSample = pairSample;
    }

    public void run(PrintStream out, PrintStream err) {
        try (RoadNetwork network = RoadNetwork.open(settings)) {
            RoadGraphStatus status = network.status();
            err.printf(Locale.ROOT, "road graph %s in %.1f s, %.1f MB on disk in %s (%s)%n",
                    status.opening().name().toLowerCase(Locale.ROOT), status.took().toMillis() / 1000.0,
                    status.directoryBytes() / 1e6, status.directory().toAbsolutePath(), status.reason());
            Random random = new Random(seed);
            List<Location> locations = randomSnappedPoints(network, random);
            SnappedLocations snapped = network.snap(locations, profile);

            warmUp(network, locations);
            RoadMatrixResult result = null;
            double[] runs = new double[MANY_TO_MANY_RUNS];
            long cpuStart = cpuNanos();
            for (int r = 0; r < runs.length; r++) {
                long start = System.nanoTime();
                result = network.matrix(snapped);
                runs[r] = (System.nanoTime() - start) / 1e9;
            }
            double manyToManyCpu = (cpuNanos() - cpuStart) / 1e9 / runs.length;
            double manyToManySeconds = median(runs);
            err.printf(Locale.ROOT, "%s: %d×%d, median of %d runs %.3f s (runs %s s; %.3f s of CPU each); %d of %d "
                    + "locations connected, %d left out%n", MANY_TO_MANY, points, points, runs.length,
                    manyToManySeconds, formatted(runs), manyToManyCpu, result.matrix().size(), points,
                    result.unroutable().size());

            cpuStart = cpuNanos();
            double perPairSeconds = timePerPair(snapped, random, err);
            double perPairCpu = (cpuNanos() - cpuStart) / 1e9;
            err.printf(Locale.ROOT, "%s: %.3f s of CPU%s%n", PER_PAIR, perPairCpu,
                    pairSample == 0 ? "" : " for the sample only");

            List<int[]> check = checkPairs(result, random);
            double manyToManyError = 0;
            double perPairError = 0;
            RoadTravelTimeMatrix m = result.matrix();
            for (int[] pair : check) {
                int from = result.locationIndexes().get(pair[0]);
                int to = result.locationIndexes().get(pair[1]);
                RoadRoute route = network.route(locations.get(from), locations.get(to), profile).orElseThrow(
                        () -> new IllegalStateException("GraphHopper finds no route for a pair in the matrix"));
                manyToManyError = Math.max(manyToManyError,
                        error(m.travelMillis(pair[0], pair[1]), m.exactMetres(pair[0], pair[1]), route));
                Path path = new DijkstraBidirectionCH(snapped.chGraph()).calcPath(snapped.node(from),
                        snapped.node(to));
                perPairError = Math.max(perPairError, error(path.getTime(), path.getDistance(), route));
            }
            err.printf(Locale.ROOT, "checked %d random pairs against GraphHopper's route() (seconds and metres)%n",
                    check.size());
            err.printf(Locale.ROOT, "speed-up of %s over %s: %.1f× in wall-clock time%s%n", MANY_TO_MANY, PER_PAIR,
                    perPairSeconds / manyToManySeconds, pairSample != 0 ? " (per-pair extrapolated)"
                            : String.format(Locale.ROOT, ", %.1f× in CPU time", perPairCpu / manyToManyCpu));
            out.println(HEADER);
            out.println(row(MANY_TO_MANY, manyToManySeconds, manyToManyError));
            out.println(row(PER_PAIR, perPairSeconds, perPairError));
            out.flush();
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static String formatted(double[] seconds) {
        return String.join(", ", Arrays.stream(seconds).mapToObj(x -> String.format(Locale.ROOT, "%.3f", x)).toList());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private String row(String algorithm, double seconds, double error) {
        return String.format(Locale.ROOT, "%d,%s,%.3f,%.2e", points, algorithm, seconds, error);
    }

    /** The larger of the relative differences of time and distance. */
    private static double error(long millis, double metres, RoadRoute route) {
        return Math.max(relative(millis, route.millis()), relative(metres, route.metres()));
    }

    private static double relative(double actual, double expected) {
        if (expected == 0) {
            return actual == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return Math.abs(actual - expected) / expected;
    }

    /** Uniform in the map's bounding box, kept when the point snaps to a road open to the profile. */
    private List<Location> randomSnappedPoints(RoadNetwork network, Random random) {
        BBox box = network.graphHopper().getBaseGraph().getBounds();
        List<Location> kept = new ArrayList<>();
        long tried = 0;
        while (kept.size() < points) {
            if (tried > 1000L * points) {
                throw new IllegalArgumentException("only " + kept.size() + " of " + tried + " random points in the map's"
                        + " bounding box are within " + settings.maxSnapMetres() + " m of a road open to " + profile);
            }
            List<Location> candidates = new ArrayList<>();
            for (int i = 0; i < points; i++) {
                candidates.add(new Location(box.minLat + (box.maxLat - box.minLat) * random.nextDouble(),
                        box.minLon + (box.maxLon - box.minLon) * random.nextDouble()));
            }
            tried += candidates.size();
            SnappedLocations snapped = network.snap(candidates, profile);
            for (int i = 0; i < candidates.size() && kept.size() < points; i++) {
                if (snapped.isSnapped(i)) {
                    kept.add(candidates.get(i));
                }
            }
        }
        return kept;
    }

    private void warmUp(RoadNetwork network, List<Location> locations) {
        SnappedLocations few = network.snap(locations.subList(0, Math.min(WARM_UP_POINTS, locations.size())),
                profile);
        network.matrix(few);
        for (int i = 0; i < few.size(); i++) {
            for (int j = 0; j < few.size(); j++) {
                new DijkstraBidirectionCH(few.chGraph()).calcPath(few.node(i), few.node(j));
            }
        }
    }

    /** Seconds for all N² point-to-point searches, measured or extrapolated from a random sample. */
    private double timePerPair(SnappedLocations snapped, Random random, PrintStream err) {
        long all = (long) points * points;
        if (pairSample == 0 || pairSample >= all) {
            long start = System.nanoTime();
            long found = 0;
            for (int i = 0; i < points; i++) {
                for (int j = 0; j < points; j++) {
                    found += perPair(snapped, i, j) ? 1 : 0;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "%s: all %d pairs in %.3f s (full loop, %d routes found)%n", PER_PAIR, all,
                    seconds, found);
            return seconds;
        }
        int[] from = new int[(int) pairSample];
        int[] to = new int[(int) pairSample];
        for (int k = 0; k < pairSample; k++) {
            from[k] = random.nextInt(points);
            to[k] = random.nextInt(points);
        }
        long start = System.nanoTime();
        for (int k = 0; k < pairSample; k++) {
            perPair(snapped, from[k], to[k]);
        }
        double sampleSeconds = (System.nanoTime() - start) / 1e9;
        double seconds = sampleSeconds * all / pairSample;
        err.printf(Locale.ROOT, "%s: EXTRAPOLATED, not measured on all pairs: %d random pairs took %.3f s, "
                + "so %d pairs would take %.1f s%n", PER_PAIR, pairSample, sampleSeconds, all, seconds);
        return seconds;
    }

    /** One point-to-point search, with the path's time and distance, as a per-pair matrix would need them. */
    private static boolean perPair(SnappedLocations snapped, int from, int to) {
        Path path = new DijkstraBidirectionCH(snapped.chGraph()).calcPath(snapped.node(from), snapped.node(to));
        return path.isFound() && path.getTime() >= 0 && path.getDistance() >= 0;
    }

    private List<int[]> checkPairs(RoadMatrixResult result, Random random) {
        int size = result.matrix().size();
        List<int[]> pairs = new ArrayList<>();
        if (size == 0) {
            return pairs;
        }
        for (int k = 0; k < checkPairs; k++) {
            pairs.add(new int[] {random.nextInt(size), random.nextInt(size)});
        }
        return pairs;
    }
}
