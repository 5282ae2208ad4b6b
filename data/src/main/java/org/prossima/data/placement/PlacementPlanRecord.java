package org.prossima.data.placement;

import java.util.List;
import java.util.Objects;

import org.prossima.solver.placement.PlacementPlan;
import org.prossima.solver.text.Text;

/**
 * A placement plan as stored: what the solver's {@link PlacementPlan} says to coordinators, its texts by key, with
 * the places that had no road travel times; opaque ids only. The score by constraint and each match's
 * contributions are the plan's analysis ({@link PlacementAnalysisRecord}), stored once the plan is solved.
 *
 * @param unroutable the candidates and opportunities whose place has no road travel times for a profile: no pair
 *                   with them is eligible for it; null in plans stored before road travel times
 * @param equity     the spread of the consortia's placement rates, the plan's and the greedy baseline's on the same
 *                   problem; null while solving and in plans stored before it was kept
 */
public record PlacementPlanRecord(String variant, String score, long hardScore, long mediumScore, long softScore,
        boolean feasible, int candidates, int placed, long objective, FlowReference flowReference,
        List<String> travelSources, boolean travelEstimate, List<UnroutablePlace> unroutable,
        List<ConsortiumSummary> consortia, List<Match> matches, Equity equity) {

    /** A plan without its equity figures (while solving, or carried over from before they were kept). */
    public PlacementPlanRecord(String variant, String score, long hardScore, long mediumScore, long softScore,
            boolean feasible, int candidates, int placed, long objective, FlowReference flowReference,
            List<String> travelSources, boolean travelEstimate, List<UnroutablePlace> unroutable,
            List<ConsortiumSummary> consortia, List<Match> matches) {
        this(variant, score, hardScore, mediumScore, softScore, feasible, candidates, placed, objective, flowReference,
                travelSources, travelEstimate, unroutable, consortia, matches, null);
    }

    /** This plan with its equity figures. */
    public PlacementPlanRecord withEquity(Equity newEquity) {
        return new PlacementPlanRecord(variant, score, hardScore, mediumScore, softScore, feasible, candidates, placed,
                objective, flowReference, travelSources, travelEstimate, unroutable, consortia, matches, newEquity);
    }

    /**
     * Equity across the consortia: each one's placement rate (placed over candidates, %), spread as the coefficient
     * of variation (population standard deviation over the mean, %), with the lowest and highest rate; the same for
     * the steering board's baseline on the same problem (first come, first served, nearest seat), with how many it
     * places, so the board sees what the optimiser buys.
     */
    public record Equity(int consortia, double rateCvPercent, double rateMinPercent, double rateMaxPercent,
            int baselinePlaced, double baselineRateCvPercent, double baselineRateMinPercent,
            double baselineRateMaxPercent) {
    }

    public PlacementPlanRecord {
        travelSources = List.copyOf(Objects.requireNonNull(travelSources, "travelSources"));
        unroutable = unroutable == null ? null : List.copyOf(unroutable);
        consortia = List.copyOf(Objects.requireNonNull(consortia, "consortia"));
        matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
    }

    /**
     * A candidate's or an opportunity's place without road travel times for a profile.
     *
     * @param kind          {@code CANDIDATE} or {@code OPPORTUNITY}
     * @param travelProfile {@code CAR} or {@code TRANSIT}
     * @param reason        {@code NO_ROAD_NEARBY} or {@code NOT_CONNECTED}
     */
    public record UnroutablePlace(String kind, String id, String travelProfile, String reason, Text explanation) {
    }

    /** See {@link PlacementPlan.FlowReference}. */
    public record FlowReference(long optimumObjective, int optimumPlaced, double gapPercent, boolean exact,
            long millis) {
    }

    /** See {@link PlacementPlan.ConsortiumSummary}. */
    public record ConsortiumSummary(String consortium, int candidates, int placed, double placementRatePercent,
            long monthlyCostEuros, Long monthlyBudgetEuros) {
    }

    /** The plan for one candidate: see {@link PlacementPlan.Match}. */
    public record Match(String candidateId, String consortium, String opportunityId, boolean pinned,
            Integer commuteMinutes, String travelProfile, int eligibleOpportunities, Explanation explanation) {
    }

    /** Why: a summary, and for a candidate left out the narrowing down and what would open more. */
    public record Explanation(Text summary, List<Reason> reasons, List<Unlock> unlocks) {

        public Explanation {
            reasons = List.copyOf(reasons);
            unlocks = List.copyOf(unlocks);
        }
    }

    public record Reason(String condition, int remaining, Text text) {
    }

    public record Unlock(String kind, String detail, int opens, Text text) {
    }

    /** The stored form of a solved (or best-so-far) plan. */
    public static PlacementPlanRecord of(PlacementPlan plan, List<UnroutablePlace> unroutable) {
        PlacementPlan.FlowReference flow = plan.flowReference();
        return new PlacementPlanRecord(plan.variant().name(), plan.score(), plan.hardScore(), plan.mediumScore(),
                plan.softScore(), plan.feasible(), plan.candidates(), plan.placed(), plan.objective(),
                flow == null ? null : new FlowReference(flow.optimumObjective(), flow.optimumPlaced(),
                        flow.gapPercent(), flow.exact(), flow.millis()),
                plan.travelSources(), plan.travelEstimate(), unroutable,
                plan.consortia().stream().map(c -> new ConsortiumSummary(c.consortium(), c.candidates(), c.placed(),
                        c.placementRatePercent(), c.monthlyCostEuros(), c.monthlyBudgetEuros())).toList(),
                plan.matches().stream().map(PlacementPlanRecord::match).toList());
    }

    private static Match match(PlacementPlan.Match m) {
        PlacementPlan.Explanation e = m.explanation();
        return new Match(m.candidateId(), m.consortium(), m.opportunityId(), m.pinned(), m.commuteMinutes(),
                m.travelProfile(), m.eligibleOpportunities(), new Explanation(e.summary(),
                e.reasons().stream().map(r -> new Reason(r.condition(), r.remaining(), r.text())).toList(),
                e.unlocks().stream().map(u -> new Unlock(u.kind().name(), u.detail(), u.opens(), u.text())).toList()));
    }
}
