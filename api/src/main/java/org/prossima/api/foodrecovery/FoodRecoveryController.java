package org.prossima.api.foodrecovery;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.api.security.Callers;
import org.prossima.api.solving.PlanSolving;
import org.prossima.data.foodrecovery.FoodRecoveryPlanRepository;
import org.prossima.data.foodrecovery.StoredFoodRecoveryPlan;
import org.prossima.data.security.AccessScope;
import org.prossima.solver.territory.TerritoryClock;
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
 * Food-recovery route plans of the dispatcher's association: post a problem, list the association's plans, read one
 * while and after it is solved. Another association's plan is not found (404).
 */
@RestController
@RequestMapping("/api/v1/food-recovery")
public class FoodRecoveryController {

    private final FoodRecoveryJobs jobs;
    private final FoodRecoveryPlanReader plans;
    private final FoodRecoveryPlanResponses responses;
    private final DemoProblemFactory demo;
    private final FoodRecoveryProperties properties;
    private final FoodRecoveryPlanRepository repository;
    private final AssociationDrivers drivers;
    private final PlanSolving solving;
    private final Replanning replanning;

    FoodRecoveryController(FoodRecoveryJobs jobs, FoodRecoveryPlanReader plans, FoodRecoveryPlanResponses responses,
            DemoProblemFactory demo, FoodRecoveryProperties properties, FoodRecoveryPlanRepository repository,
            AssociationDrivers drivers, PlanSolving solving, Replanning replanning) {
        this.solving = solving;
        this.replanning = replanning;
        this.jobs = jobs;
        this.plans = plans;
        this.responses = responses;
        this.demo = demo;
        this.properties = properties;
        this.repository = repository;
        this.drivers = drivers;
    }

    /**
     * A realistic ASL TO4 problem for the next working day, ready to be posted back as it is;
     * {@code ?lots=N} (10..300, default 60) sets its size. The demo's driver drives a volunteer's car when they
     * belong to the caller's association.
     */
    @GetMapping("/demo-problem")
    public FoodRecoveryProblemRequest demoProblem(@RequestParam(required = false) Integer lots) {
        int size = lots == null ? DemoProblemFactory.DEFAULT_LOTS : lots;
        if (size < DemoProblemFactory.MIN_LOTS || size > DemoProblemFactory.MAX_LOTS) {
            throw new InvalidRequestException("lots", lots, "the demo has between " + DemoProblemFactory.MIN_LOTS
                    + " and " + DemoProblemFactory.MAX_LOTS + " lots", "omit it for " + DemoProblemFactory.DEFAULT_LOTS);
        }
        String association = AssociationDrivers.association(Callers.required());
        return demo.demoProblem(TerritoryClock.today(), size, drivers.demoDriver(association).orElse(null));
    }

    @PostMapping("/plans")
    public ResponseEntity<FoodRecoveryPlanResponse> createPlan(
            @RequestParam(required = false) Integer seconds,
            @Valid @RequestBody FoodRecoveryProblemRequest problem) {
        int limit = limit(seconds);
        String association = AssociationDrivers.association(Callers.required());
        return accepted(jobs.submit(association, problem, drivers.of(association), limit));
    }

    /**
     * The day of a plan planned again as it goes on: a new plan (202, QUEUED) from the stored problem with the drivers'
     * reports (a lot collected stays on its vehicle, one not available is left out with why) and the dispatcher's
     * pins ({@link ReplanRequest}; no body: keep the plan's own). 409 while the plan has no solution yet.
     */
    @PostMapping("/plans/{id}/replan")
    public ResponseEntity<FoodRecoveryPlanResponse> replan(@PathVariable String id,
            @RequestParam(required = false) Integer seconds,
            @Valid @RequestBody(required = false) ReplanRequest request) {
        int limit = limit(seconds);
        String association = AssociationDrivers.association(Callers.required());
        StoredFoodRecoveryPlan stored = plans.stored(id);
        return accepted(replanning.replan(association, stored, plans.problem(stored), plans.plan(stored), request,
                limit));
    }

    private int limit(Integer seconds) {
        int limit = seconds == null ? properties.defaultSeconds() : seconds;
        if (limit < 1 || limit > properties.maxSeconds()) {
            throw new InvalidRequestException("seconds", seconds,
                    "solving time must be between 1 and " + properties.maxSeconds() + " seconds",
                    "omit it for the default of " + properties.defaultSeconds() + " s");
        }
        return limit;
    }

    private ResponseEntity<FoodRecoveryPlanResponse> accepted(UUID id) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/food-recovery/plans/" + id))
                .body(FoodRecoveryPlanResponse.accepted(id, solving.queued(id)));
    }

    /** The association's plans, newest first, without their routes. */
    @GetMapping("/plans")
    public PageResponse<FoodRecoveryPlanListItem> plans(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        AccessScope scope = AccessScope.current();
        return paging.of(repository.page(scope, paging.offset(), paging.size()).stream()
                .map(FoodRecoveryPlanListItem::of).toList(), repository.count(scope));
    }

    @GetMapping("/plans/{id}")
    public FoodRecoveryPlanResponse plan(@PathVariable String id) {
        return responses.plan(plans.stored(id));
    }

    /** The plan's progress as server-sent events ({@code progress}), each time it changes, until it is final. */
    @GetMapping(path = "/plans/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        return solving.events(plans.stored(id).row());
    }

    /** Stops the plan, keeping its best plan so far (CANCELLED); 409 when it is already final. */
    @PostMapping("/plans/{id}/cancel")
    public ResponseEntity<FoodRecoveryPlanResponse> cancel(@PathVariable String id) {
        solving.cancel(plans.stored(id).row());
        return ResponseEntity.accepted().body(responses.plan(plans.stored(id)));
    }

    /** The same as {@code POST .../cancel}: a plan is never deleted, only stopped. */
    @DeleteMapping("/plans/{id}")
    public ResponseEntity<FoodRecoveryPlanResponse> delete(@PathVariable String id) {
        return cancel(id);
    }
}
