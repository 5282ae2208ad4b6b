package org.prossima.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.prossima.bench.matching.MatchingBenchmark;
import org.prossima.bench.matching.MatchingInstance;
import org.prossima.bench.matrix.MatrixBenchmark;
import org.prossima.bench.catalogue.CatalogueLoad;
import org.prossima.bench.catalogue.CatalogueLoadOptions;
import org.prossima.bench.vrptw.BestKnownDistances;
import org.prossima.bench.vrptw.JspritVrptwSolver;
import org.prossima.bench.vrptw.ProssimaVrptwSolver;
import org.prossima.bench.vrptw.VrptwBenchmark;
import org.prossima.bench.vrptw.VrptwSolver;
import org.prossima.travel.roads.RoadNetworkSettings;
import org.prossima.solver.travel.TravelProfile;

/**
 * Command-line benchmarks.
 *
 * <pre>
 * java -jar bench/target/prossima-bench.jar vrptw --instances FILE|DIR... --seconds S
 *     [--solver prossima,jsprit] [--out DIR] [--bks FILE]
 * java -jar bench/target/prossima-bench.jar matching --candidates N --opportunities M --seed S --seconds T
 *     [--export FILE]
 * java -jar bench/target/prossima-bench.jar matrix --osm FILE --points N --seed S
 *     [--profile car|van|foot] [--graph DIR] [--check K] [--pair-sample M]
 * java -jar bench/target/prossima-bench.jar catalogue-load --url URL [--clients N] [--seconds S] ...
 * </pre>
 */
public final class BenchMain {

    static final String USAGE = """
            usage: java -jar prossima-bench.jar vrptw --instances FILE|DIR... --seconds S
                       [--solver prossima,jsprit] [--out DIR] [--bks FILE]
              --instances  Solomon VRPTW files, or directories whose .txt files are all used (sorted by name)
              --seconds    wall-clock solving time per instance and solver, e.g. 10 or 2.5
              --solver     comma-separated solvers, run one after the other on each instance; default:
                           prossima,jsprit (jsprit: its default algorithm, stopped at the same time)
              --out        directory for results.csv, summary.txt and <INSTANCE>.<solver>.sol files;
                           default: bench-out/vrptw-<yyyyMMdd-HHmmss>
              --bks        best-known distances CSV (instance,vehicles,distance,...); default:
                           solomon-bks-distance.csv in the parent directory of the first instance's directory

                   java -jar prossima-bench.jar matching --candidates N --opportunities M --seed S --seconds T
                       [--export FILE]
              Generates a placement roster over the 174 comuni of ASL TO4 (the same N, M and seed always give the
              same instance) and solves it four times: variant flow (no budgets, no equity: its exact optimum is a
              min-cost flow) and full (everything), each cold (solver alone) and seeded (from the flow optimum).
              Prints CSV to stdout: variant,mode,seconds,placed,objective,optimum,gap_pct
                objective  100,000,000 x weight of the candidates placed + soft score (higher is better)
                optimum    the flow optimum's objective: exact for flow; for full an upper bound only, since
                           budgets and equity only take away
                gap_pct    100 x (optimum - objective) / optimum
                seconds    wall-clock time of the solve (flow stops early once it reaches the optimum)
              Every plan is re-checked independently of the solver; per row, stderr gets feasibility, the score,
              the flow's computation time, moves/s, the eligibility graph's edges, and every disagreement.
              --candidates     1..20000             --opportunities  1..5000
              --seed           any whole number     --seconds        time limit per solve, e.g. 30 or 2.5
              --export         write the instance and every plan as JSON to FILE, to check them elsewhere
              Exit status: 0 done (a plan may be infeasible, stderr says so), 2 bad arguments,
              3 a plan or the flow optimum failed the independent check.
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
            """ + CatalogueLoadOptions.USAGE;

    static final int OK = 0;
    static final int USAGE_ERROR = 2;
    /** matching: a plan failed the independent check; catalogue-load: some requests failed. */
    static final int CHECK_FAILED = 3;
    static final int REQUESTS_FAILED = 3;

    static final List<String> COMMANDS = List.of("vrptw", "matching", "matrix", "catalogue-load");

    /** The solvers of the vrptw command, in their default order. */
    static final List<String> SOLVERS = List.of(ProssimaVrptwSolver.NAME, JspritVrptwSolver.NAME);

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("catalogue-load")) {
            return catalogueLoad(List.of(args).subList(1, args.length), out, err);
        }
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> rest = List.of(args).subList(1, args.length);
            return switch (args[0]) {
                case "vrptw" -> vrptw(rest, out, err);
                case "matching" -> matching(rest, out, err);
                case "matrix" -> {
                    MatrixOptions.parse(rest).benchmark().run(out, err);
                    yield OK;
                }
                default -> throw new UsageException("unknown command: " + args[0] + " (known: "
                        + String.join(", ", COMMANDS) + ")");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return USAGE_ERROR;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int matching(List<String> args, PrintStream out, PrintStream err) throws IOException {
        var options = MatchingOptions.parse(args);
        var instance = MatchingInstance.generate(options.seed(), options.candidates(), options.opportunities());
        var result = new MatchingBenchmark(options.timeLimit()).run(instance, out, err, options.export());
        if (!result.checked()) {
            err.println("error: the independent check disagrees with the solver (CHECK FAILED lines above)");
            return CHECK_FAILED;
        }
        return OK;
    }

    private static int vrptw(List<String> args, PrintStream out, PrintStream err) throws IOException {
        var options = VrptwOptions.parse(args);
        var bks = options.bks() == null ? BestKnownDistances.none() : BestKnownDistances.read(options.bks());
        List<VrptwSolver> solvers = options.solvers().stream().map(BenchMain::solver).toList();
        new VrptwBenchmark(solvers, bks, options.timeLimit(), options.out()).run(options.instances(), out);
        err.println("results.csv, summary.txt and solutions in " + options.out().toAbsolutePath());
        return OK;
    }

    static int catalogueLoad(List<String> args, PrintStream out, PrintStream err) {
        try {
            CatalogueLoad.Result result = new CatalogueLoad(CatalogueLoadOptions.parse(args), out, err).run();
            return result.allErrors() == 0 ? OK : REQUESTS_FAILED;
        } catch (CatalogueLoadOptions.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return USAGE_ERROR;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return 1;
        }
    }

    static VrptwSolver solver(String name) {
        return switch (name) {
            case ProssimaVrptwSolver.NAME -> new ProssimaVrptwSolver();
            case JspritVrptwSolver.NAME -> new JspritVrptwSolver();
            default -> throw unknownSolver(name);
        };
    }

    private static UsageException unknownSolver(String name) {
        return new UsageException("unknown solver: " + name + " (known: " + String.join(",", SOLVERS) + ")");
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static Duration seconds(String text) {
        try {
            double s = Double.parseDouble(text);
            if (!(s > 0) || Double.isInfinite(s)) {
                throw new UsageException("--seconds must be positive: " + text);
            }
            Duration duration = Duration.ofMillis(Math.round(s * 1000));
            if (duration.isZero()) {
                throw new UsageException("--seconds must be at least 0.001: " + text);
            }
            return duration;
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds is not a number: " + text);
        }
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The matrix command's options, checked: the map exists, the counts are positive, the profile is a road one. */
    record MatrixOptions(Path osm, int points, long seed, TravelProfile profile, Path graph, int check,
            long pairSample) {

        static MatrixOptions parse(List<String> args) {
            Path osm = null;
            Integer points = null;
            Long seed = null;
            TravelProfile profile = TravelProfile.CAR;
            Path graph = null;
            int check = 1000;
            long pairSample = 0;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--osm" -> osm = VrptwOptions.existingFile(Path.of(value(args, ++i, "--osm")),
                            "OpenStreetMap file");
                    case "--points" -> points = (int) positive(value(args, ++i, "--points"), "--points");
                    case "--seed" -> seed = number(value(args, ++i, "--seed"), "--seed");
                    case "--profile" -> profile = profile(value(args, ++i, "--profile"));
                    case "--graph" -> graph = Path.of(value(args, ++i, "--graph"));
                    case "--check" -> check = (int) positive(value(args, ++i, "--check"), "--check");
                    case "--pair-sample" -> pairSample = positive(value(args, ++i, "--pair-sample"),
                            "--pair-sample");
                    default -> throw new UsageException("unknown option: " + args.get(i));
                }
            }
            if (osm == null) {
                throw new UsageException("--osm is required");
            }
            if (points == null) {
                throw new UsageException("--points is required");
            }
            if (seed == null) {
                throw new UsageException("--seed is required");
            }
            if (graph == null) {
                graph = Path.of("bench-out", "graph-" + osm.getFileName() + "-" + profile.name().toLowerCase(Locale.ROOT));
            }
            return new MatrixOptions(osm, points, seed, profile, graph, check, pairSample);
        }

        MatrixBenchmark benchmark() {
            return new MatrixBenchmark(RoadNetworkSettings.of(osm, graph), profile, points, seed, check, pairSample);
        }

        private static long number(String text, String option) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " is not a whole number: " + text);
            }
        }

        private static long positive(String text, String option) {
            long n = number(text, option);
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

    /** The vrptw command's options, checked: every instance file exists, the time is positive, solvers known. */
    record VrptwOptions(List<Path> instances, Duration timeLimit, List<String> solvers, Path out, Path bks) {

        static VrptwOptions parse(List<String> args) throws IOException {
            List<Path> instances = new ArrayList<>();
            Duration seconds = null;
            Path bks = null;
            List<String> solvers = SOLVERS;
            Path out = null;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--instances" -> {
                        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                            instances.addAll(expand(Path.of(args.get(++i))));
                        }
                    }
                    case "--seconds" -> seconds = seconds(value(args, ++i, "--seconds"));
                    case "--solver" -> solvers = solvers(value(args, ++i, "--solver"));
                    case "--out" -> out = Path.of(value(args, ++i, "--out"));
                    case "--bks" -> bks = existingFile(Path.of(value(args, ++i, "--bks")), "best-known file");
                    default -> throw new UsageException("unknown option: " + args.get(i));
                }
            }
            if (instances.isEmpty()) {
                throw new UsageException("--instances needs at least one file or directory");
            }
            if (seconds == null) {
                throw new UsageException("--seconds is required");
            }
            if (bks == null) {
                bks = defaultBks(instances.getFirst());
            }
            if (out == null) {
                out = Path.of("bench-out", "vrptw-" + LocalDateTime.now().format(TIMESTAMP));
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new UsageException("--out is a file, not a directory: " + out.toAbsolutePath());
            }
            return new VrptwOptions(List.copyOf(instances), seconds, solvers, out, bks);
        }

        private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

        /** "prossima,jsprit" → the names, each known, without repeats, in the order given. */
        private static List<String> solvers(String text) {
            Set<String> names = new LinkedHashSet<>();
            for (String name : text.split(",")) {
                String n = name.strip();
                if (!n.isEmpty()) {
                    if (!SOLVERS.contains(n)) {
                        throw unknownSolver(n);
                    }
                    names.add(n);
                }
            }
            if (names.isEmpty()) {
                throw new UsageException("--solver needs at least one of " + String.join(",", SOLVERS));
            }
            return List.copyOf(names);
        }

        private static List<Path> expand(Path path) throws IOException {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    List<Path> txt = files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (txt.isEmpty()) {
                        throw new UsageException("no .txt instance files in directory: " + path);
                    }
                    return txt;
                }
            }
            return List.of(existingFile(path, "instance file"));
        }

        private static Path existingFile(Path path, String what) {
            if (!Files.isRegularFile(path)) {
                throw new UsageException("no such " + what + ": " + path.toAbsolutePath());
            }
            return path;
        }

        /** solomon/C101.txt → solomon-bks-distance.csv beside the solomon directory, when it exists. */
        private static Path defaultBks(Path firstInstance) {
            Path dir = firstInstance.toAbsolutePath().getParent();
            Path candidate = dir == null || dir.getParent() == null ? null
                    : dir.getParent().resolve("solomon-bks-distance.csv");
            return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
        }
    }

    /**
     * The matching command's options, checked: counts within range, a whole-number seed, a positive time, an export
     * path that is not a directory.
     */
    record MatchingOptions(int candidates, int opportunities, long seed, Duration timeLimit, Path export) {

        static final int MAX_CANDIDATES = 20_000;
        static final int MAX_OPPORTUNITIES = 5_000;

        static MatchingOptions parse(List<String> args) {
            Integer candidates = null;
            Integer opportunities = null;
            Long seed = null;
            Duration seconds = null;
            Path export = null;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--candidates" -> candidates = count(value(args, ++i, "--candidates"), "--candidates",
                            MAX_CANDIDATES);
                    case "--opportunities" -> opportunities = count(value(args, ++i, "--opportunities"),
                            "--opportunities", MAX_OPPORTUNITIES);
                    case "--seed" -> seed = seed(value(args, ++i, "--seed"));
                    case "--seconds" -> seconds = seconds(value(args, ++i, "--seconds"));
                    case "--export" -> export = Path.of(value(args, ++i, "--export"));
                    default -> throw new UsageException("unknown option: " + args.get(i));
                }
            }
            require(candidates, "--candidates");
            require(opportunities, "--opportunities");
            require(seed, "--seed");
            require(seconds, "--seconds");
            if (export != null && Files.isDirectory(export)) {
                throw new UsageException("--export is a directory, not a file: " + export.toAbsolutePath());
            }
            return new MatchingOptions(candidates, opportunities, seed, seconds, export);
        }

        private static void require(Object value, String option) {
            if (value == null) {
                throw new UsageException(option + " is required");
            }
        }

        private static int count(String text, String option, int max) {
            try {
                int n = Integer.parseInt(text);
                if (n < 1 || n > max) {
                    throw new UsageException(option + " must be within [1, " + max + "]: " + text);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UsageException(option + " is not a whole number: " + text);
            }
        }

        private static long seed(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new UsageException("--seed is not a whole number: " + text);
            }
        }
    }
}
