package org.prossima.api.placement.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.placement.UuidParam;
import org.prossima.api.placement.plan.PlanResponse.Match;
import org.prossima.api.solving.PlanSolving;
import org.prossima.api.text.Texts;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.PlacementAnalysisRecord;
import org.prossima.data.placement.PlacementPlanRecord;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.plans.StoredPlan;
import org.prossima.data.security.AccessScope;
import org.springframework.stereotype.Component;

/**
 * Stored placement plans as the API answers them: the plan, its analysis and the coordinators' current decisions
 * together, every text rendered in the request's language.
 */
@Component
class PlanResponses {

    private final Texts texts;
    private final DecisionRepository decisions;
    private final PlanSolving solving;

    PlanResponses(Texts texts, DecisionRepository decisions, PlanSolving solving) {
        this.texts = texts;
        this.decisions = decisions;
        this.solving = solving;
    }

    /** The plan, with the decisions on its matches that the scope sees (a coordinator's: their consortium's). */
    PlanResponse plan(AccessScope scope, StoredPlacementPlan stored) {
        StoredPlan row = stored.row();
        PlacementPlanRecord plan = stored.plan();
        if (plan == null) {
            return new PlanResponse(row.id(), row.consortium(), row.status().name(), row.timeLimitSeconds(), null, null,
                    row.items(), null, null, null, null, null, null, null, null, null, null, row.failure(),
                    row.createdAt(),
                    row.updatedAt(), row.solvedAt(), solving.state(row));
        }
        PlacementAnalysisRecord analysis = stored.analysis();
        var flow = plan.flowReference();
        return new PlanResponse(row.id(), row.consortium(), row.status().name(), row.timeLimitSeconds(), plan.score(),
                plan.feasible(), plan.candidates(), plan.placed(), plan.objective(),
                flow == null ? null : new PlanResponse.FlowReference(flow.optimumObjective(), flow.optimumPlaced(),
                        flow.gapPercent(), flow.exact(), flow.millis()),
                plan.travelSources(), plan.travelEstimate(),
                plan.unroutable() == null ? null : plan.unroutable().stream().map(u -> new PlanResponse.UnroutablePlace(
                        u.kind(), u.id(), u.travelProfile(), u.reason(), texts.render(u.explanation()))).toList(),
                plan.consortia().stream().map(c -> new PlanResponse.ConsortiumSummary(c.consortium(), c.candidates(),
                        c.placed(), c.placementRatePercent(), c.monthlyCostEuros(), c.monthlyBudgetEuros())).toList(),
                equity(plan.equity()),
                analysis == null ? null : analysis.constraints().stream().map(c -> new PlanResponse.ConstraintTotal(
                        c.constraint(), c.level(), c.score(), c.matches())).toList(),
                matches(scope, plan, analysis), row.failure(), row.createdAt(), row.updatedAt(), row.solvedAt(),
                solving.state(row));
    }

    private static PlanResponse.Equity equity(PlacementPlanRecord.Equity e) {
        return e == null ? null : new PlanResponse.Equity(e.consortia(), e.rateCvPercent(), e.rateMinPercent(),
                e.rateMaxPercent(), e.baselinePlaced(), e.baselineRateCvPercent(), e.baselineRateMinPercent(),
                e.baselineRateMaxPercent());
    }

    /** The plan's analysis; empty before it is solved. */
    Optional<PlanAnalysisResponse> analysis(StoredPlacementPlan stored) {
        return Optional.ofNullable(stored.analysis()).map(a -> new PlanAnalysisResponse(stored.row().id(),
                stored.row().status().name(), a.solverScore(), a.score(), a.constraints().stream()
                        .map(c -> new PlanAnalysisResponse.ConstraintImpact(c.constraint(), c.level(), c.score(),
                                c.matches())).toList()));
    }

    /** Each match with its contributions and the coordinator's current decision on its pair, and who took it. */
    private List<Match> matches(AccessScope scope, PlacementPlanRecord plan, PlacementAnalysisRecord analysis) {
        Map<String, List<PlacementAnalysisRecord.Contribution>> contributions = new HashMap<>();
        if (analysis != null) {
            analysis.matches().forEach(m -> contributions.put(m.candidateId(), m.contributions()));
        }
        List<UUID> proposed = plan.matches().stream().filter(m -> m.opportunityId() != null)
                .map(m -> UuidParam.parse(m.candidateId())).flatMap(Optional::stream).toList();
        Map<String, Decision> byPair = new HashMap<>();
        for (Decision d : decisions.ofCandidates(scope, proposed)) {
            byPair.put(d.candidateId() + " " + d.opportunityId(), d);
        }
        return plan.matches().stream().map(m -> {
            Decision d = m.opportunityId() == null ? null : byPair.get(m.candidateId() + " " + m.opportunityId());
            return new Match(m.candidateId(), m.consortium(), m.opportunityId(), m.pinned(), m.commuteMinutes(),
                    m.travelProfile(), m.eligibleOpportunities(), d == null ? null : d.decision().name(),
                    d == null ? null : d.decidedBy(),
                    explanation(m.explanation(), contributions.getOrDefault(m.candidateId(), List.of())));
        }).toList();
    }

    private PlanResponse.Explanation explanation(PlacementPlanRecord.Explanation e,
            List<PlacementAnalysisRecord.Contribution> contributions) {
        return new PlanResponse.Explanation(texts.render(e.summary()),
                contributions.stream().map(c -> new PlanResponse.Contribution(c.constraint(), c.level(), c.points(),
                        texts.render(c.text()))).toList(),
                e.reasons().stream().map(r -> new PlanResponse.Reason(r.condition(), r.remaining(),
                        texts.render(r.text()))).toList(),
                e.unlocks().stream().map(u -> new PlanResponse.Unlock(u.kind(), u.detail(), u.opens(),
                        texts.render(u.text()))).toList());
    }

    PlanSummary summary(StoredPlan p) {
        return new PlanSummary(p.id(), p.consortium(), p.status().name(), p.timeLimitSeconds(), p.score(), p.feasible(),
                p.items() == null ? 0 : p.items(), p.assigned(), p.failure(), p.createdAt(), p.solvedAt(),
                solving.state(p));
    }
}
