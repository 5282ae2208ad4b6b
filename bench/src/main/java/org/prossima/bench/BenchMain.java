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
import java.util.Set;
import java.util.stream.Stream;

import org.prossima.bench.catalogue.CatalogueLoad;
import org.prossima.bench.catalogue.CatalogueLoadOptions;
import org.prossima.bench.vrptw.BestKnownDistances;
import org.prossima.bench.vrptw.JspritVrptwSolver;
import org.prossima.bench.vrptw.ProssimaVrptwSolver;
import org.prossima.bench.vrptw.VrptwBenchmark;
import org.prossima.bench.vrptw.VrptwSolver;

/**
 * Command-line benchmarks.
 *
 * <pre>
 * java -jar bench/target/prossima-bench.jar vrptw --instances FILE|DIR... --seconds S
 *     [--solver prossima,jsprit] [--out DIR] [--bks FILE]
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
            """ + CatalogueLoadOptions.USAGE;

    static final int OK = 0;
    static final int USAGE_ERROR = 2;
    /** catalogue-load ran, but some requests failed. */
    static final int REQUESTS_FAILED = 3;

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
            if (args.length == 0 || !args[0].equals("vrptw")) {
                throw new UsageException(args.length == 0 ? "no command given" : "unknown command: " + args[0]);
            }
            var options = VrptwOptions.parse(List.of(args).subList(1, args.length));
            var bks = options.bks() == null ? BestKnownDistances.none() : BestKnownDistances.read(options.bks());
            List<VrptwSolver> solvers = options.solvers().stream().map(BenchMain::solver).toList();
            new VrptwBenchmark(solvers, bks, options.timeLimit(), options.out()).run(options.instances(), out);
            err.println("results.csv, summary.txt and solutions in " + options.out().toAbsolutePath());
            return OK;
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return USAGE_ERROR;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
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

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
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

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
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
                return Duration.ofMillis(Math.round(s * 1000));
            } catch (NumberFormatException e) {
                throw new UsageException("--seconds is not a number: " + text);
            }
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
}
