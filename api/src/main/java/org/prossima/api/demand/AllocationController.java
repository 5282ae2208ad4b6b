package org.prossima.api.demand;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.paging.PageResponse;
import org.prossima.api.paging.Paging;
import org.prossima.api.plans.PlanLookup;
import org.prossima.api.solving.PlanSolving;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.DemandProperties;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.data.plans.PlanKind;
import org.prossima.solver.demand.DemandAggregator;
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
 * Allocation plans (which cooperative takes on which lot of the current demand), solved in the background, and the
 * jobs of the current allocation.
 */
@RestController
@RequestMapping("/api/v1/demand")
public class AllocationController {

    private final AllocationJobs jobs;
    private final AllocationPlanRepository plans;
    private final AllocationPlanResponses responses;
    private final DemandSnapshots snapshots;
    private final DemandProperties properties;
    private final PlanSolving solving;

    AllocationController(AllocationJobs jobs, AllocationPlanRepository plans, AllocationPlanResponses responses,
                         DemandSnapshots snapshots, DemandProperties properties, PlanSolving solving) {
        this.solving = solving;
        this.jobs = jobs;
        this.plans = plans;
        this.responses = responses;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    /** Takes a snapshot of the current requests and cooperatives and starts solving it; 202 with its Location. */
    @PostMapping("/allocation-plans")
    public ResponseEntity<AllocationPlanResponse> create(@RequestBody(required = false) AllocationPlanBody body) {
        AllocationPlanBody given = body == null ? new AllocationPlanBody(null, null, null) : body;
        List<FieldProblem> problems = new ArrayList<>();
        int seconds = within("seconds", given.seconds(), 1, properties.maxSeconds(), properties.defaultSeconds(),
                "solving time in seconds", problems);
        var defaults = DemandAggregator.Settings.DEFAULT;
        int join = within("joinMinutes", given.joinMinutes(), 1, 240, defaults.joinMinutes(),
                "requests this many minutes apart may share a lot", problems);
        int max = within("maxLotWeeklyHours", given.maxLotWeeklyHours(), 1, 2000, defaults.maxLotWeeklyHours(),
                "the largest lot, hours per week", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        UUID id = jobs.submit(snapshots.current(join, max, true), seconds);
        return ResponseEntity.accepted().location(URI.create("/api/v1/demand/allocation-plans/" + id))
                .body(responses.accepted(id, seconds, join, max));
    }

    private static int within(String field, Integer value, int min, int max, int fallback, String what,
            List<FieldProblem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            problems.add(new FieldProblem(field, value, field + " must be between " + min + " and " + max,
                    what + "; omit it for " + fallback));
        }
        return value;
    }

    @GetMapping("/allocation-plans/{id}")
    public AllocationPlanResponse plan(@PathVariable String id) {
        StoredAllocationPlan stored = PlanLookup.find(id, PlanKind.ALLOCATION, plans::find);
        return responses.response(stored, plans.currentPlanId().filter(stored.id()::equals).isPresent());
    }

    /** The plan's progress as server-sent events ({@code progress}), each time it changes, until it is final. */
    @GetMapping(path = "/allocation-plans/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        return solving.events(PlanLookup.find(id, PlanKind.ALLOCATION, plans::find).row());
    }

    /** Stops the plan, keeping its best plan so far (CANCELLED); 409 when it is already final. */
    @PostMapping("/allocation-plans/{id}/cancel")
    public ResponseEntity<AllocationPlanResponse> cancel(@PathVariable String id) {
        solving.cancel(PlanLookup.find(id, PlanKind.ALLOCATION, plans::find).row());
        return ResponseEntity.accepted().body(plan(id));
    }

    /** The same as {@code POST .../cancel}: a plan is never deleted, only stopped. */
    @DeleteMapping("/allocation-plans/{id}")
    public ResponseEntity<AllocationPlanResponse> delete(@PathVariable String id) {
        return cancel(id);
    }

    /** Plans newest first, without their lots; {@code current} marks the one whose jobs are current. */
    @GetMapping("/allocation-plans")
    public PageResponse<AllocationPlanListItem> list(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return paging.of(plans.summaries(paging.offset(), paging.size()).stream()
                .map(AllocationPlanResponses::item).toList(), plans.count());
    }

    /** The jobs of the current allocation: those of the latest solved plan. */
    @GetMapping("/jobs")
    public JobsResponse currentJobs() {
        Optional<UUID> current = plans.currentPlanId();
        List<JobResponse> list = current.map(plans::jobs).orElse(List.of()).stream().map(JobResponse::of).toList();
        return new JobsResponse(current.orElse(null),
                current.flatMap(plans::find).map(StoredAllocationPlan::solvedAt).orElse(null),
                list.stream().mapToInt(JobResponse::seats).sum(),
                list.stream().mapToInt(j -> j.seats() * j.weeklyHoursPerSeat()).sum(), list);
    }
}
