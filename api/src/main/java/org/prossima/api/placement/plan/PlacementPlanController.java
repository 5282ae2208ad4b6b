package org.prossima.api.placement.plan;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.placement.ConsortiumPages;
import org.prossima.api.placement.UuidParam;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.DecisionRepository;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Placement plans: post a scope (one consortium or the whole ASL), read the plan while and after
 * it is solved, and accept or reject the matches it proposes.
 */
@RestController
@RequestMapping("/api/v1/placement/plans")
class PlacementPlanController {

    private final PlacementJobs jobs;
    private final StoredPlans stored;
    private final PlacementPlanRepository plans;
    private final DecisionRepository decisions;
    private final PlacementDecisions decide;
    private final TerritoryRepository territory;
    private final PlacementProperties properties;

    PlacementPlanController(PlacementJobs jobs, StoredPlans stored, PlacementPlanRepository plans,
            DecisionRepository decisions, PlacementDecisions decide, TerritoryRepository territory,
            PlacementProperties properties) {
        this.jobs = jobs;
        this.stored = stored;
        this.plans = plans;
        this.decisions = decisions;
        this.decide = decide;
        this.territory = territory;
        this.properties = properties;
    }

    /** Starts solving a plan; the body may be left out (whole ASL, default time). */
    @PostMapping
    public ResponseEntity<PlanSummary> create(@RequestBody(required = false) PlanRequest request) {
        PlanRequest r = request == null ? new PlanRequest(null, null) : request;
        int seconds = r.seconds() == null ? properties.defaultSeconds() : r.seconds();
        if (seconds < 1 || seconds > properties.maxSeconds()) {
            throw new InvalidRequestException("seconds", r.seconds(), "solving time must be between 1 and "
                    + properties.maxSeconds() + " seconds", "omit it for the default of "
                    + properties.defaultSeconds() + " s");
        }
        String consortium = r.consortium();
        if (consortium != null && territory.consortium(consortium).isEmpty()) {
            throw new InvalidRequestException("consortium", consortium, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, or leave it out for the whole ASL");
        }
        UUID id = jobs.submit(consortium, seconds);
        return ResponseEntity.accepted().location(URI.create("/api/v1/placement/plans/" + id))
                .body(summary(plans.find(id).orElseThrow()));
    }

    /** Plans, newest first; {@code ?consortium=CODE} for one consortium's. */
    @GetMapping
    public PageResponse<PlanSummary> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ConsortiumPages.page(territory, consortium, page, size, (scope, offset, limit) -> plans.page(scope,
                offset, limit).stream().map(PlacementPlanController::summary).toList(), plans::count);
    }

    @GetMapping("/{id}")
    public PlanResponse plan(@PathVariable String id) {
        StoredPlacementPlan plan = stored.stored(id);
        PlanResult result = stored.result(plan).orElse(null);
        if (result == null) {
            return new PlanResponse(plan.id(), plan.consortium(), plan.status().name(), plan.timeLimitSeconds(),
                    null, null, plan.candidates(), null, null, null, null, null, null, null, null, null, plan.failure(),
                    plan.createdAt(), plan.updatedAt(), plan.solvedAt());
        }
        return new PlanResponse(plan.id(), plan.consortium(), plan.status().name(), plan.timeLimitSeconds(),
                result.score(), result.feasible(), result.candidates(), result.placed(), result.objective(),
                result.flowReference(), result.travelSources(), result.travelEstimate(), result.unroutable(),
                result.consortia(),
                result.constraints(), withDecisions(result.matches()), plan.failure(), plan.createdAt(),
                plan.updatedAt(), plan.solvedAt());
    }

    @PostMapping("/{id}/matches/{candidateId}/accept")
    public DecisionResponse accept(@PathVariable String id, @PathVariable String candidateId) {
        return response(decide.accept(id, candidateId));
    }

    @PostMapping("/{id}/matches/{candidateId}/reject")
    public DecisionResponse reject(@PathVariable String id, @PathVariable String candidateId) {
        return response(decide.reject(id, candidateId));
    }

    /** Each proposed match with the coordinator's current decision on its pair. */
    private List<PlanResult.Match> withDecisions(List<PlanResult.Match> matches) {
        List<UUID> ids = matches.stream().filter(m -> m.opportunityId() != null)
                .map(m -> UuidParam.parse(m.candidateId())).flatMap(Optional::stream).toList();
        Map<String, String> byPair = new HashMap<>();
        for (Decision d : decisions.ofCandidates(ids)) {
            byPair.put(d.candidateId() + " " + d.opportunityId(), d.decision().name());
        }
        return matches.stream().map(m -> m.opportunityId() == null ? m
                : m.withDecision(byPair.get(m.candidateId() + " " + m.opportunityId()))).toList();
    }

    private static PlanSummary summary(StoredPlacementPlan p) {
        return new PlanSummary(p.id(), p.consortium(), p.status().name(), p.timeLimitSeconds(), p.score(),
                p.feasible(), p.candidates(), p.placed(), p.failure(), p.createdAt(), p.solvedAt());
    }

    private static DecisionResponse response(Decision d) {
        return new DecisionResponse(d.candidateId(), d.opportunityId(), d.consortium(), d.decision().name(),
                d.planId(), d.decidedAt());
    }
}
