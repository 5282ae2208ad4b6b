package org.prossima.bench.matching;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.prossima.solver.placement.CompatibilityTable;
import org.prossima.solver.placement.EligibilityGraph;
import org.prossima.solver.equity.PlacementRates;
import org.prossima.solver.equity.Spread;
import org.prossima.solver.placement.FlowOptimum;
import org.prossima.solver.placement.GreedyBaseline;
import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.placement.PlacementProblem;
import org.prossima.solver.placement.PlacementSolver;
import org.prossima.solver.placement.PlacementVariant;

/**
 * Solves one generated instance four times (variant flow and full × start cold and seeded) with the same time
 * limit, checks every plan independently ({@link MatchingCheck}) and prints CSV ({@value MatchingRun#HEADER}) to
 * {@code out}, row by row as produced; diagnostics, one line per row, and every disagreement between the solver
 * and the check go to {@code err}. A fifth row is the steering board's baseline on the full model
 * ({@link GreedyBaseline}: first come, first served, nearest seat), checked the same way, so the equity of the
 * consortia's placement rates ({@link PlacementRates}) and the placements are seen against what the optimiser buys.
 */
public final class MatchingBenchmark {

    /** The solver logs each solve at INFO; the bench prints its own line, so only warnings and errors pass. */
    private static final Logger SOLVER_LOG = Logger.getLogger("org.prossima.solver.placement");

    private final PlacementSolver solver = new PlacementSolver();
    private final Duration timeLimit;

    public MatchingBenchmark(Duration timeLimit) {
        this.timeLimit = timeLimit;
        SOLVER_LOG.setLevel(Level.WARNING);
    }

    /**
     * The flow optimum of an instance as the solver computes it, and the bench's checks of it.
     *
     * @param optimum       {@link FlowOptimum#compute} on the solver's eligibility graph
     * @param edges         edges of that graph
     * @param eligiblePairs the pairs meeting every pair condition, counted by {@link MatchingCheck}
     * @param verdict       {@link MatchingCheck}'s verdict on the optimum's assignment (variant flow)
     */
    public record Reference(FlowOptimum optimum, int edges, int eligiblePairs, MatchingVerdict verdict) {

        /** Where the bench's checks disagree with the flow optimum; empty when they agree. */
        public List<String> disagreements() {
            List<String> disagreements = new ArrayList<>();
            if (edges != eligiblePairs) {
                disagreements.add("the eligibility graph has " + edges + " edges, the check counts " + eligiblePairs
                        + " pairs meeting every pair condition");
            }
            verdict.problems().forEach(p -> disagreements.add("broken rule: " + p));
            if (verdict.objective() != optimum.objective()) {
                disagreements.add("objective " + optimum.objective() + ", the check recomputes "
                        + verdict.objective());
            }
            return disagreements;
        }

        public boolean checked() {
            return disagreements().isEmpty();
        }
    }

    /** The instance, its flow optimum, the four checked solves and the check of the greedy baseline. */
    public record Result(MatchingInstance instance, Reference reference, List<MatchingRun> runs,
            MatchingVerdict baseline) {

        public Result {
            runs = List.copyOf(runs);
        }

        /**
         * True when every check agrees with the solver (a plan may still be infeasible, and say so) and the greedy
         * baseline breaks no rule.
         */
        public boolean checked() {
            return reference.checked() && runs.stream().allMatch(MatchingRun::checked) && baseline.feasible();
        }
    }

    /**
     * Runs the four solves, printing as it goes.
     *
     * @param export where to write the instance and plans as JSON, or null
     */
    public Result run(MatchingInstance instance, PrintStream out, PrintStream err, Path export) throws IOException {
        Reference reference = reference(instance.problem().withVariant(PlacementVariant.FLOW));
        err.println(String.format(Locale.ROOT,
                "matching: seed %d, %d candidates, %d opportunities (%d seats), %d tutors, %d budgets, first day %s, "
                        + "%d s per solve; eligibility graph %d edges; flow optimum: %d placed, objective %d, "
                        + "computed in %d ms, check %s",
                instance.seed(), instance.roster().candidates().size(), instance.roster().opportunities().size(),
                instance.roster().seats(), instance.roster().tutors().size(), instance.roster().budgets().size(),
                MatchingInstance.FIRST_DAY, timeLimit.toSeconds(), reference.edges(),
                reference.optimum().assignment().size(), reference.optimum().objective(),
                reference.optimum().elapsed().toMillis(), reference.checked() ? "ok" : "FAILED"));
        reference.disagreements().forEach(d -> err.println("  CHECK FAILED flow optimum: " + d));
        out.println(MatchingRun.HEADER);
        out.flush();
        List<MatchingRun> runs = new ArrayList<>();
        for (PlacementVariant variant : List.of(PlacementVariant.FLOW, PlacementVariant.FULL)) {
            for (PlacementSolver.Start start : List.of(PlacementSolver.Start.COLD, PlacementSolver.Start.SEEDED)) {
                MatchingRun run = solve(instance.problem().withVariant(variant), start, reference);
                runs.add(run);
                out.println(run.csvLine());
                out.flush();
                report(run, err);
            }
        }
        MatchingVerdict baseline = baseline(instance.problem().withVariant(PlacementVariant.FULL), reference, out,
                err);
        Result result = new Result(instance, reference, runs, baseline);
        if (export != null) {
            MatchingExport.write(export, result, timeLimit);
            err.println("instance and plans written to " + export.toAbsolutePath());
        }
        return result;
    }

    /** The greedy baseline's row (variant full, mode greedy), checked by {@link MatchingCheck}. */
    static MatchingVerdict baseline(PlacementProblem problem, Reference reference, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Map<String, String> assignment = GreedyBaseline.plan(problem);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<MatchingCheck.Pair> pairs = new ArrayList<>();
        problem.candidates().forEach(c -> pairs.add(new MatchingCheck.Pair(c.id(), assignment.get(c.id()))));
        MatchingVerdict verdict = MatchingCheck.check(problem, pairs);
        Spread equity = PlacementRates.spread(problem, assignment);
        out.println(MatchingRun.csvLine("full", "greedy", seconds, verdict.placed(), verdict.objective(),
                reference.optimum().objective(), equity));
        out.flush();
        err.println(String.format(Locale.ROOT, "full,greedy: feasible=%s (first come first served, nearest seat; "
                + "objective recomputed by the check) rate_gini=%.3f check=%s", verdict.feasible(), equity.gini(),
                verdict.feasible() ? "ok" : "FAILED"));
        verdict.problems().stream().limit(MAX_RULES_SHOWN).forEach(p -> err.println("  CHECK FAILED full,greedy: " + p));
        return verdict;
    }

    static Reference reference(PlacementProblem flowProblem) {
        EligibilityGraph eligibility = new EligibilityGraph(new CompatibilityTable(flowProblem));
        FlowOptimum optimum = FlowOptimum.compute(eligibility);
        MatchingVerdict verdict = MatchingCheck.check(flowProblem, MatchingCheck.pairs(optimum.assignment()));
        return new Reference(optimum, eligibility.edgeCount(), MatchingCheck.eligiblePairs(flowProblem), verdict);
    }

    MatchingRun solve(PlacementProblem problem, PlacementSolver.Start start, Reference reference) {
        long started = System.nanoTime();
        PlacementSolver.Solved solved = solver.solveMeasured(problem, timeLimit, start, plan -> {
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        PlacementPlan plan = solved.plan();
        List<MatchingCheck.Pair> pairs = new ArrayList<>();
        Map<String, String> assignment = new LinkedHashMap<>();
        plan.matches().forEach(m -> {
            pairs.add(new MatchingCheck.Pair(m.candidateId(), m.opportunityId()));
            if (m.opportunityId() != null) {
                assignment.put(m.candidateId(), m.opportunityId());
            }
        });
        MatchingVerdict verdict = MatchingCheck.check(problem, pairs);
        return new MatchingRun(problem.variant(), start, seconds, solved, assignment, verdict, reference.edges(),
                disagreements(problem, plan, verdict, reference.optimum().objective()),
                PlacementRates.spread(problem, assignment));
    }

    /** The row's line; every disagreement, and for an infeasible plan its first broken rules. */
    private static void report(MatchingRun run, PrintStream err) {
        err.println(run.diagnosticLine());
        String row = run.variantName() + "," + run.modeName();
        run.disagreements().forEach(d -> err.println("  CHECK FAILED " + row + ": " + d));
        List<String> problems = run.verdict().problems();
        problems.stream().limit(MAX_RULES_SHOWN).forEach(p -> err.println("  broken rule " + row + ": " + p));
        if (problems.size() > MAX_RULES_SHOWN) {
            err.println("  ... and " + (problems.size() - MAX_RULES_SHOWN) + " more broken rules");
        }
    }

    private static final int MAX_RULES_SHOWN = 20;

    /** Where the plan, as the solver reports it, and the independent check disagree. */
    static List<String> disagreements(PlacementProblem problem, PlacementPlan plan, MatchingVerdict verdict,
            long optimum) {
        List<String> disagreements = new ArrayList<>();
        if (plan.feasible() && !verdict.feasible()) {
            disagreements.add("the solver calls the plan feasible, the check finds " + verdict.problems().size()
                    + " broken rules");
        }
        if (!plan.feasible() && verdict.feasible()) {
            disagreements.add("the solver calls the plan infeasible (" + plan.score()
                    + "), the check finds no broken rule");
        }
        if (plan.matches().size() != problem.candidates().size()) {
            disagreements.add("the plan has " + plan.matches().size() + " matches for "
                    + problem.candidates().size() + " candidates");
        }
        if (plan.placed() != verdict.placed()) {
            disagreements.add("the plan says " + plan.placed() + " placed, the check counts " + verdict.placed());
        }
        if (plan.objective() != verdict.objective()) {
            disagreements.add("the plan's objective is " + plan.objective() + ", the check recomputes "
                    + verdict.objective() + " (placed weight " + verdict.placedWeight() + ", pair soft "
                    + verdict.pairSoft() + ", equity " + verdict.equity() + ")");
        }
        if (plan.flowReference().optimumObjective() != optimum) {
            disagreements.add("the plan is measured against a flow optimum of "
                    + plan.flowReference().optimumObjective() + ", the bench's flow optimum is " + optimum);
        }
        if (verdict.feasible() && verdict.objective() > optimum) {
            disagreements.add("a feasible plan of objective " + verdict.objective() + " beats the flow optimum "
                    + optimum + ", which bounds every plan");
        }
        return disagreements;
    }
}
