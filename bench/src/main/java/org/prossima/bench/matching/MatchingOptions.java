package org.prossima.bench.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.prossima.bench.cli.Args;
import org.prossima.bench.cli.UsageException;

/**
 * The matching command's options, checked: counts within range, a whole-number seed, a positive time, an export
 * path that is not a directory.
 *
 * @param export where to write the instance and every plan as JSON, or null
 */
public record MatchingOptions(int candidates, int opportunities, long seed, Duration timeLimit, Path export) {

    public static final String USAGE = """
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
            """;

    static final int MAX_CANDIDATES = 20_000;
    static final int MAX_OPPORTUNITIES = 5_000;

    public static MatchingOptions parse(List<String> args) {
        Integer candidates = null;
        Integer opportunities = null;
        Long seed = null;
        Duration seconds = null;
        Path export = null;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--candidates" -> candidates = count(Args.value(args, ++i, "--candidates"), "--candidates",
                        MAX_CANDIDATES);
                case "--opportunities" -> opportunities = count(Args.value(args, ++i, "--opportunities"),
                        "--opportunities", MAX_OPPORTUNITIES);
                case "--seed" -> seed = Args.whole(Args.value(args, ++i, "--seed"), "--seed");
                case "--seconds" -> seconds = Args.seconds(Args.value(args, ++i, "--seconds"));
                case "--export" -> export = Path.of(Args.value(args, ++i, "--export"));
                default -> throw new UsageException("unknown option: " + args.get(i));
            }
        }
        Args.require(candidates, "--candidates");
        Args.require(opportunities, "--opportunities");
        Args.require(seed, "--seed");
        Args.require(seconds, "--seconds");
        if (export != null && Files.isDirectory(export)) {
            throw new UsageException("--export is a directory, not a file: " + export.toAbsolutePath());
        }
        return new MatchingOptions(candidates, opportunities, seed, seconds, export);
    }

    private static int count(String text, String option, int max) {
        long n = Args.whole(text, option);
        if (n < 1 || n > max) {
            throw new UsageException(option + " must be within [1, " + max + "]: " + text);
        }
        return (int) n;
    }
}
