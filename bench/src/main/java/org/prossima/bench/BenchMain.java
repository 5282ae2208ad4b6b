package org.prossima.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.prossima.bench.vrptw.BestKnownDistances;
import org.prossima.bench.vrptw.VrptwBenchmark;

/**
 * Command-line benchmarks.
 *
 * <pre>
 * java -jar bench/target/prossima-bench.jar vrptw --instances FILE|DIR... --seconds S [--bks FILE]
 * </pre>
 */
public final class BenchMain {

    static final String USAGE = """
            usage: java -jar prossima-bench.jar vrptw --instances FILE|DIR... --seconds S [--bks FILE]
              --instances  Solomon VRPTW files, or directories whose .txt files are all used (sorted by name)
              --seconds    solving time per instance, e.g. 10 or 2.5
              --bks        best-known distances CSV (instance,vehicles,distance,...); default:
                           solomon-bks-distance.csv in the parent directory of the first instance's directory
            """;

    static final int OK = 0;
    static final int USAGE_ERROR = 2;

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || !args[0].equals("vrptw")) {
                throw new UsageException(args.length == 0 ? "no command given" : "unknown command: " + args[0]);
            }
            var options = VrptwOptions.parse(List.of(args).subList(1, args.length));
            var bks = options.bks() == null ? BestKnownDistances.none() : BestKnownDistances.read(options.bks());
            new VrptwBenchmark(bks, options.timeLimit()).run(options.instances(), out);
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

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The vrptw command's options, checked: every instance file exists, the time is positive. */
    record VrptwOptions(List<Path> instances, Duration timeLimit, Path bks) {

        static VrptwOptions parse(List<String> args) throws IOException {
            List<Path> instances = new ArrayList<>();
            Duration seconds = null;
            Path bks = null;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--instances" -> {
                        while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                            instances.addAll(expand(Path.of(args.get(++i))));
                        }
                    }
                    case "--seconds" -> seconds = seconds(value(args, ++i, "--seconds"));
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
            return new VrptwOptions(List.copyOf(instances), seconds, bks);
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
