package org.prossima.api.placement.plan;

import java.util.List;

import org.prossima.solver.placement.PlacementPlan;

/**
 * A solved placement plan as stored and returned: opaque ids only. Mapped explicitly from the
 * solver's {@link PlacementPlan}; see there for the meaning of each figure.
 */
record PlanResult(String variant, String score, long hardScore, long mediumScore, long softScore, boolean feasible,
        int candidates, int placed, long objective, FlowReference flowReference, List<String> travelSources,
        boolean travelEstimate, List<UnroutablePlace> unroutable, List<ConsortiumSummary> consortia,
        List<ConstraintTotal> constraints, List<Match> matches) {

    /**
     * A candidate or an opportunity whose place has no road travel times for a travel profile ({@code CAR},
     * {@code TRANSIT}): no pair with it is eligible for that profile. {@code reason}: NO_ROAD_NEARBY or NOT_CONNECTED.
     * Opaque ids only. Null in plans stored before road travel times.
     */
    record UnroutablePlace(String kind, String id, String travelProfile, String reason, String explanation,
            String explanationEn) {
    }

    record FlowReference(long optimumObjective, int optimumPlaced, double gapPercent, boolean exact, long millis) {
    }

    /**
     * The plan for one candidate; {@code decision} is the coordinator's current decision on this
     * candidate–opportunity pair ({@code ACCEPTED}, {@code REJECTED}), null when none (and always null
     * in storage: it is read when the plan is).
     */
    record Match(String candidateId, String consortium, String opportunityId, boolean pinned, Integer commuteMinutes,
            String travelProfile, int eligibleOpportunities, String decision, Explanation explanation) {

        Match withDecision(String newDecision) {
            return new Match(candidateId, consortium, opportunityId, pinned, commuteMinutes, travelProfile,
                    eligibleOpportunities, newDecision, explanation);
        }
    }

    record Explanation(String summaryIt, String summaryEn, List<Contribution> contributions, List<Reason> reasons,
            List<Unlock> unlocks) {
    }

    record Contribution(String constraint, String level, long points, String it, String en) {
    }

    record Reason(String condition, int remaining, String it, String en) {
    }

    record Unlock(String kind, String detail, int opens, String it, String en) {
    }

    record ConsortiumSummary(String consortium, int candidates, int placed, double placementRatePercent,
            long monthlyCostEuros, Long monthlyBudgetEuros) {
    }

    record ConstraintTotal(String constraint, String level, long score, int matches) {
    }

    static PlanResult of(PlacementPlan plan, List<UnroutablePlace> unroutable) {
        PlacementPlan.FlowReference flow = plan.flowReference();
        return new PlanResult(plan.variant().name(), plan.score(), plan.hardScore(), plan.mediumScore(),
                plan.softScore(), plan.feasible(), plan.candidates(), plan.placed(), plan.objective(),
                flow == null ? null : new FlowReference(flow.optimumObjective(), flow.optimumPlaced(),
                        flow.gapPercent(), flow.exact(), flow.millis()),
                plan.travelSources(), plan.travelEstimate(), unroutable,
                plan.consortia().stream().map(c -> new ConsortiumSummary(c.consortium(), c.candidates(), c.placed(),
                        c.placementRatePercent(), c.monthlyCostEuros(), c.monthlyBudgetEuros())).toList(),
                plan.constraints().stream().map(c -> new ConstraintTotal(c.constraint(), c.level(), c.score(),
                        c.matches())).toList(),
                plan.matches().stream().map(PlanResult::match).toList());
    }

    private static Match match(PlacementPlan.Match m) {
        PlacementPlan.Explanation e = m.explanation();
        return new Match(m.candidateId(), m.consortium(), m.opportunityId(), m.pinned(), m.commuteMinutes(),
                m.travelProfile(), m.eligibleOpportunities(), null, new Explanation(e.summaryIt(), e.summaryEn(),
                e.contributions().stream().map(c -> new Contribution(c.constraint(), c.level(), c.points(), c.it(),
                        c.en())).toList(),
                e.reasons().stream().map(r -> new Reason(r.condition(), r.remaining(), r.it(), r.en())).toList(),
                e.unlocks().stream().map(u -> new Unlock(u.kind(), u.detail(), u.opens(), u.it(), u.en())).toList()));
    }
}
