package org.prossima.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.prossima.bench.catalogue.CatalogueLoad;
import org.prossima.bench.catalogue.CatalogueLoadOptions;
import org.prossima.bench.cli.UsageException;
import org.prossima.bench.faults.FaultsBench;
import org.prossima.bench.faults.FaultsOptions;
import org.prossima.bench.jobs.JobsLoad;
import org.prossima.bench.jobs.JobsLoadOptions;
import org.prossima.bench.matching.MatchingBenchmark;
import org.prossima.bench.matching.MatchingInstance;
import org.prossima.bench.matching.MatchingOptions;
import org.prossima.bench.matrix.MatrixOptions;
import org.prossima.bench.vrptw.VrptwOptions;

/**
 * Command-line benchmarks: picks the command, lets its options class read the rest of the line, runs it and says
 * how it went in the exit status.
 *
 * <pre>
 * java -jar bench/target/prossima-bench.jar vrptw --instances FILE|DIR... --seconds S
 *     [--solver prossima,jsprit] [--out DIR] [--bks FILE]
 * java -jar bench/target/prossima-bench.jar matching --candidates N --opportunities M --seed S --seconds T
 *     [--export FILE]
 * java -jar bench/target/prossima-bench.jar matrix --osm FILE --points N --seed S
 *     [--profile car|van|foot] [--graph DIR] [--check K] [--pair-sample M]
 * java -jar bench/target/prossima-bench.jar catalogue-load --url URL [--clients N] [--seconds S] ...
 * java -jar bench/target/prossima-bench.jar jobs-load --urls URL[,URL...] --token TOKEN [--clients N] [--plans N] ...
 * </pre>
 */
public final class BenchMain {

    static final String USAGE = VrptwOptions.USAGE + MatchingOptions.USAGE + MatrixOptions.USAGE
            + CatalogueLoadOptions.USAGE + JobsLoadOptions.USAGE + FaultsOptions.USAGE;

    /** Done (a plan may be infeasible: stderr says so). */
    static final int OK = 0;
    /** The command could not run: a file could not be read or written, a service could not be reached. */
    static final int FAILED = 1;
    static final int USAGE_ERROR = 2;
    /** matching: a plan or the flow optimum failed the independent check. */
    static final int CHECK_FAILED = 3;
    /** catalogue-load: some requests failed or were not a search result. */
    static final int REQUESTS_FAILED = 4;
    /** jobs-load: some plans were lost (never ended) or failed. */
    static final int PLANS_LOST = 5;
    /** faults: a target did not hold. */
    static final int TARGET_MISSED = 6;

    static final List<String> COMMANDS = List.of("vrptw", "matching", "matrix", "catalogue-load", "jobs-load",
            "faults");

    private BenchMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            List<String> rest = List.of(args).subList(1, args.length);
            return switch (args[0]) {
                case "vrptw" -> vrptw(VrptwOptions.parse(rest), out, err);
                case "matching" -> matching(MatchingOptions.parse(rest), out, err);
                case "matrix" -> {
                    MatrixOptions.parse(rest).benchmark().run(out, err);
                    yield OK;
                }
                case "catalogue-load" -> catalogueLoad(CatalogueLoadOptions.parse(rest), out, err);
                case "jobs-load" -> {
                    JobsLoad.Result result = new JobsLoad(JobsLoadOptions.parse(rest), out, err).run();
                    yield result.lost() == 0 && result.failed() == 0 ? OK : PLANS_LOST;
                }
                case "faults" -> new FaultsBench(FaultsOptions.parse(rest), out, err).run() ? OK : TARGET_MISSED;
                default -> throw new UsageException("unknown command: " + args[0] + " (known: "
                        + String.join(", ", COMMANDS) + ")");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return USAGE_ERROR;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("error: interrupted");
            return FAILED;
        }
    }

    private static int vrptw(VrptwOptions options, PrintStream out, PrintStream err) throws IOException {
        options.benchmark().run(options.instances(), out);
        err.println("results.csv, summary.txt and solutions in " + options.out().toAbsolutePath());
        return OK;
    }

    private static int matching(MatchingOptions options, PrintStream out, PrintStream err) throws IOException {
        var instance = MatchingInstance.generate(options.seed(), options.candidates(), options.opportunities());
        var result = new MatchingBenchmark(options.timeLimit()).run(instance, out, err, options.export());
        if (!result.checked()) {
            err.println("error: the independent check disagrees with the solver (CHECK FAILED lines above)");
            return CHECK_FAILED;
        }
        return OK;
    }

    private static int catalogueLoad(CatalogueLoadOptions options, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        CatalogueLoad.Result result = new CatalogueLoad(options, out, err).run();
        return result.allErrors() == 0 ? OK : REQUESTS_FAILED;
    }
}
