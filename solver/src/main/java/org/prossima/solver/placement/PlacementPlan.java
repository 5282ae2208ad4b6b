package org.prossima.solver.placement;

import java.util.List;

import org.prossima.solver.text.Text;

/**
 * A solved placement plan: one match per candidate (placed or not) with its explanation, per-consortium figures,
 * the score by constraint and how far it is from the flow optimum. Candidates appear by opaque id only.
 *
 * @param variant           which terms the model included
 * @param score             the score as text, e.g. {@code 0hard/-120medium/-3400soft}, computed by the independent
 *                          {@link PlacementEvaluator}
 * @param solverScore       Timefold's score of the same plan; equal to {@code score} (a difference fails the solve
 *                          when asserting, see {@link PlacementSolver})
 * @param hardScore         hard level (0 when feasible)
 * @param mediumScore       minus the weight of the candidates left out
 * @param softScore         soft level
 * @param feasible          true when no hard constraint is broken
 * @param candidates        number of candidates
 * @param placed            number of candidates placed
 * @param objective         {@link PlacementObjective} of the plan
 * @param flowReference     the flow optimum of the problem without budgets and equity, or null when not computed
 * @param matches           one per candidate, in the problem's order
 * @param consortia         per consortium, sorted by code
 * @param constraints       the score by constraint, in the order of the model
 * @param travelSources     where the commute times come from, per travel profile used
 * @param travelEstimate    true when any commute time is an estimate (straight line, or road distances at an
 *                          average speed)
 */
public record PlacementPlan(PlacementVariant variant, String score, String solverScore, long hardScore, long mediumScore, long softScore,
        boolean feasible, int candidates, int placed, long objective, FlowReference flowReference,
        List<Match> matches, List<ConsortiumSummary> consortia, List<ConstraintTotal> constraints,
        List<String> travelSources, boolean travelEstimate) {

    public PlacementPlan {
        matches = List.copyOf(matches);
        consortia = List.copyOf(consortia);
        constraints = List.copyOf(constraints);
        travelSources = List.copyOf(travelSources);
    }

    /**
     * The flow optimum this plan is measured against.
     *
     * @param optimumObjective objective of the flow optimum ({@link PlacementVariant#FLOW}); for a
     *                         {@link PlacementVariant#FULL} plan it is an upper bound, since budgets and equity
     *                         only take away
     * @param optimumPlaced    candidates placed by the flow optimum
     * @param gapPercent       100 × (optimum − objective) / optimum
     * @param exact            true when the plan's variant is FLOW, so the optimum is the plan's own optimum
     * @param millis           time to compute the flow
     */
    public record FlowReference(long optimumObjective, int optimumPlaced, double gapPercent, boolean exact,
            long millis) {
    }

    /**
     * The plan for one candidate.
     *
     * @param candidateId    opaque id
     * @param consortium     consortium code
     * @param opportunityId  the opportunity proposed, or null when the candidate is left out
     * @param pinned         true when the coordinator accepted this match earlier
     * @param commuteMinutes one-way commute to the opportunity, null when left out or when it cannot be worked out
     *                       (an accepted match at a place without road travel times)
     * @param travelProfile  the travel profile of the candidate's mobility ({@code CAR}, {@code TRANSIT})
     * @param eligibleOpportunities how many opportunities meet all the candidate's pair conditions
     * @param explanation    why, as texts to render in the reader's language
     */
    public record Match(String candidateId, String consortium, String opportunityId, boolean pinned,
            Integer commuteMinutes, String travelProfile, int eligibleOpportunities, Explanation explanation) {
    }

    /**
     * Why a candidate was placed where they were, or left out.
     *
     * @param summary       one sentence
     * @param contributions for a match: its score contributions, each constraint's points
     * @param reasons       for a candidate left out: how the opportunities narrow down, from the eligibility graph
     * @param unlocks       for a candidate left out: what would open more opportunities, and how many
     */
    public record Explanation(Text summary, List<Contribution> contributions, List<Reason> reasons,
            List<Unlock> unlocks) {

        public Explanation {
            contributions = List.copyOf(contributions);
            reasons = List.copyOf(reasons);
            unlocks = List.copyOf(unlocks);
        }
    }

    /** One constraint's points for a match (positive: in its favour), with the detail as a text. */
    public record Contribution(String constraint, String level, long points, Text text) {
    }

    /**
     * One step of the narrowing down: after applying {@code condition} (a {@link Condition}, or {@code ALL} for the
     * start), {@code remaining} opportunities are left.
     */
    public record Reason(String condition, int remaining, Text text) {
    }

    /**
     * A change that would open opportunities to a candidate left out.
     *
     * @param kind   what changes
     * @param detail e.g. {@code +15 min}, a skill code
     * @param opens  opportunities that would meet every pair condition
     */
    public record Unlock(UnlockKind kind, String detail, int opens, Text text) {
    }

    /** Per consortium: candidates, how many are placed, the rate, the monthly cost and the budget (null: none). */
    public record ConsortiumSummary(String consortium, int candidates, int placed, double placementRatePercent,
            long monthlyCostEuros, Long monthlyBudgetEuros) {
    }

    /** A constraint's share of the score. */
    public record ConstraintTotal(String constraint, String level, long score, int matches) {
    }
}
