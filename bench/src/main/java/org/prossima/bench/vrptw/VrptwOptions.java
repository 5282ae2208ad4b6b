package org.prossima.bench.vrptw;

import java.io.IOException;
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

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;

/**
 * The vrptw command's options, checked: every instance file exists, the time is positive, the solvers are known.
 *
 * @param out directory for the results; {@code bks} the best-known distances, or null when there are none
 */
public record VrptwOptions(List<Path> instances, Duration timeLimit, List<String> solvers, Path out, Path bks) {

    public static final String USAGE = """
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
            """;

    /** The solvers, in their default order. */
    public static final List<String> SOLVERS = List.of(ProssimaVrptwSolver.NAME, JspritVrptwSolver.NAME);

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    public static VrptwOptions parse(List<String> args) throws IOException {
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
                case "--seconds" -> seconds = Args.seconds(Args.value(args, ++i, "--seconds"));
                case "--solver" -> solvers = solvers(Args.value(args, ++i, "--solver"));
                case "--out" -> out = Path.of(Args.value(args, ++i, "--out"));
                case "--bks" -> bks = Args.existingFile(Path.of(Args.value(args, ++i, "--bks")), "best-known file");
                default -> throw new UsageException("unknown option: " + args.get(i));
            }
        }
        if (instances.isEmpty()) {
            throw new UsageException("--instances needs at least one file or directory");
        }
        Args.require(seconds, "--seconds");
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

    /** The benchmark these options describe. */
    public VrptwBenchmark benchmark() throws IOException {
        var bestKnown = bks == null ? BestKnownDistances.none() : BestKnownDistances.read(bks);
        return new VrptwBenchmark(solvers.stream().map(VrptwOptions::solver).toList(), bestKnown, timeLimit, out);
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
        return List.of(Args.existingFile(path, "instance file"));
    }

    /** solomon/C101.txt → solomon-bks-distance.csv beside the solomon directory, when it exists. */
    private static Path defaultBks(Path firstInstance) {
        Path dir = firstInstance.toAbsolutePath().getParent();
        Path candidate = dir == null || dir.getParent() == null ? null
                : dir.getParent().resolve("solomon-bks-distance.csv");
        return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
    }
}
