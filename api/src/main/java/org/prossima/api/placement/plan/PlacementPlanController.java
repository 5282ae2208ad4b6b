package org.prossima.api.placement.plan;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.prossima.api.csv.CsvExport;
import org.prossima.api.error.ConflictException;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.placement.ConsortiumPages;
import org.prossima.api.placement.PlacementAccess;
import org.prossima.api.plans.PlanLookup;
import org.prossima.api.solving.PlanSolving;
import org.prossima.data.placement.Decision;
import org.prossima.data.placement.PlacementPlanRepository;
import org.prossima.data.placement.StoredPlacementPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.data.plans.PlanStatus;
import org.prossima.data.security.AccessScope;
import org.prossima.data.territory.TerritoryRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Placement plans: post a scope (one consortium or the whole ASL), read the plan while and after it is solved, its
 * analysis once solved, and accept or reject the matches it proposes. A coordinator plans their consortium (naming
 * none means theirs, naming another is refused) and sees its plans only; administrators plan the whole ASL or any
 * consortium. Only a coordinator of the candidate's consortium accepts or rejects a match (art. 22 GDPR).
 */
@RestController
@RequestMapping("/api/v1/placement/plans")
public class PlacementPlanController {

    private final PlacementJobs jobs;
    private final StoredPlans stored;
    private final PlacementPlanRepository plans;
    private final PlanResponses responses;
    private final PlacementDecisions decide;
    private final TerritoryRepository territory;
    private final PlacementProperties properties;
    private final PlanSolving solving;

    PlacementPlanController(PlacementJobs jobs, StoredPlans stored, PlacementPlanRepository plans,
            PlanResponses responses, PlacementDecisions decide, TerritoryRepository territory,
            PlacementProperties properties, PlanSolving solving) {
        this.solving = solving;
        this.jobs = jobs;
        this.stored = stored;
        this.plans = plans;
        this.responses = responses;
        this.decide = decide;
        this.territory = territory;
        this.properties = properties;
    }

    /** Starts solving a plan; the body may be left out (whole ASL, default time). */
    @PostMapping
    public ResponseEntity<PlanSummary> create(@RequestBody(required = false) PlanRequest request) {
        PlacementAccess access = PlacementAccess.current();
        PlanRequest r = request == null ? new PlanRequest(null, null) : request;
        int seconds = r.seconds() == null ? properties.defaultSeconds() : r.seconds();
        if (seconds < 1 || seconds > properties.maxSeconds()) {
            throw new InvalidRequestException("seconds", r.seconds(), "solving time must be between 1 and "
                    + properties.maxSeconds() + " seconds", "omit it for the default of "
                    + properties.defaultSeconds() + " s");
        }
        String consortium = access.ownConsortium(r.consortium(), "consortium");
        if (consortium != null && territory.consortium(consortium).isEmpty()) {
            throw new InvalidRequestException("consortium", consortium, "no consortium has this code",
                    "use a code listed by GET /api/v1/territory/consortia, or leave it out for the whole ASL");
        }
        UUID id = jobs.submit(access.scope(), consortium, seconds);
        return ResponseEntity.accepted().location(URI.create("/api/v1/placement/plans/" + id))
                .body(responses.summary(plans.find(access.scope(), id).orElseThrow().row()));
    }

    /** The plans the caller sees, newest first; {@code ?consortium=CODE} for one consortium's. */
    @GetMapping
    public PageResponse<PlanSummary> list(@RequestParam(required = false) String consortium,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        PlacementAccess access = PlacementAccess.current();
        AccessScope scope = access.scope();
        return ConsortiumPages.page(territory, access.privateFilter(consortium), page, size,
                (filter, offset, limit) -> plans.page(scope, filter, offset, limit).stream()
                        .map(responses::summary).toList(),
                filter -> plans.count(scope, filter));
    }

    @GetMapping("/{id}")
    public PlanResponse plan(@PathVariable String id) {
        AccessScope scope = PlacementAccess.current().scope();
        return responses.plan(scope, stored.stored(scope, id));
    }

    /**
     * The plan's matches as a spreadsheet (CSV, one row per candidate, the explanation in the request's language),
     * for coordinators who work in one; cells that would run as formulas are neutralised. 409 until it is solved.
     */
    @GetMapping(path = "/{id}/matches.csv", produces = CsvExport.MEDIA_TYPE)
    public ResponseEntity<String> matchesCsv(@PathVariable String id) {
        AccessScope scope = PlacementAccess.current().scope();
        StoredPlacementPlan plan = stored.stored(scope, id);
        if (plan.row().status() != PlanStatus.SOLVED) {
            throw PlanLookup.notYet(plan.row().id(), PlanKind.PLACEMENT, plan.row().status(), "matches to export");
        }
        CsvExport csv = new CsvExport(List.of("candidateId", "consortium", "opportunityId", "commuteMinutes",
                "travelProfile", "pinned", "decision", "decidedBy", "explanation"));
        responses.plan(scope, plan).matches().forEach(m -> csv.row(Arrays.asList(m.candidateId(), m.consortium(),
                m.opportunityId(), m.commuteMinutes(), m.travelProfile(), m.pinned(), m.decision(), m.decidedBy(),
                m.explanation() == null ? null : m.explanation().summary())));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-"
                + plan.row().id() + "-matches.csv\"").body(csv.toString());
    }

    /** The plan's progress as server-sent events ({@code progress}), each time it changes, until it is final. */
    @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        return solving.events(stored.stored(PlacementAccess.current().scope(), id).row());
    }

    /** Stops the plan, keeping its best plan so far (CANCELLED); 409 when it is already final. */
    @PostMapping("/{id}/cancel")
    public ResponseEntity<PlanResponse> cancel(@PathVariable String id) {
        AccessScope scope = PlacementAccess.current().scope();
        solving.cancel(stored.stored(scope, id).row());
        return ResponseEntity.accepted().body(responses.plan(scope, stored.stored(scope, id)));
    }

    /** The same as {@code POST .../cancel}: a plan is never deleted, only stopped. */
    @DeleteMapping("/{id}")
    public ResponseEntity<PlanResponse> delete(@PathVariable String id) {
        return cancel(id);
    }

    /** The score per constraint of a solved plan, stored when it was solved: a read. */
    @GetMapping("/{id}/analysis")
    public PlanAnalysisResponse analysis(@PathVariable String id) {
        StoredPlacementPlan plan = stored.stored(PlacementAccess.current().scope(), id);
        return responses.analysis(plan).orElseThrow(() -> new ConflictException("Plan '" + id + "' is "
                + plan.row().status() + ": its analysis is stored when it is solved",
                "poll GET /api/v1/placement/plans/" + id + " until its status is SOLVED"));
    }

    /** The coordinator accepts the match the plan proposes to their candidate; the decision records who. */
    @PostMapping("/{id}/matches/{candidateId}/accept")
    public DecisionResponse accept(@PathVariable String id, @PathVariable String candidateId) {
        return response(decide.accept(PlacementAccess.current(), id, candidateId));
    }

    @PostMapping("/{id}/matches/{candidateId}/reject")
    public DecisionResponse reject(@PathVariable String id, @PathVariable String candidateId) {
        return response(decide.reject(PlacementAccess.current(), id, candidateId));
    }

    private static DecisionResponse response(Decision d) {
        return new DecisionResponse(d.candidateId(), d.opportunityId(), d.consortium(), d.decision().name(),
                d.planId(), d.decidedAt(), d.decidedBy());
    }
}
