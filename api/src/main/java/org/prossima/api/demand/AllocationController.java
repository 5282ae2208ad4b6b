package org.prossima.api.demand;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.demand.AllocationPlanResponse.Result;
import org.prossima.api.error.FieldProblem;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.api.error.NotFoundException;
import org.prossima.data.demand.AllocationPlanRepository;
import org.prossima.data.demand.AllocationPlanSummary;
import org.prossima.data.demand.DemandProperties;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.solver.demand.DemandAggregator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Allocation plans (which cooperative takes on which lot of the current demand), solved in the background, and the
 * jobs of the current allocation.
 */
@RestController
@RequestMapping("/api/v1/demand")
public class AllocationController {

    private final AllocationJobs jobs;
    private final AllocationPlanRepository plans;
    private final DemandSnapshots snapshots;
    private final DemandProperties properties;
    private final JsonMapper json;

    AllocationController(AllocationJobs jobs, AllocationPlanRepository plans, DemandSnapshots snapshots,
                         DemandProperties properties, JsonMapper json) {
        this.jobs = jobs;
        this.plans = plans;
        this.snapshots = snapshots;
        this.properties = properties;
        this.json = json;
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
        AllocationPlanResponse accepted = new AllocationPlanResponse(id, "SOLVING", seconds, join, max, null, null,
                null, null, null, null, null, null, null, null, null, null);
        return ResponseEntity.accepted().location(URI.create("/api/v1/demand/allocation-plans/" + id))
                .body(accepted);
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
        StoredAllocationPlan stored = parse(id).flatMap(plans::find).orElseThrow(() -> new NotFoundException(
                "No allocation plan with id '" + id + "'",
                "use the id (a UUID) from the Location header of POST /api/v1/demand/allocation-plans"));
        Result result = stored.plan() == null ? null : json.readValue(stored.plan(), Result.class);
        boolean current = plans.currentPlanId().filter(stored.id()::equals).isPresent();
        return new AllocationPlanResponse(stored.id(), stored.status().name(), stored.timeLimitSeconds(),
                stored.joinMinutes(), stored.maxLotWeeklyHours(),
                result == null ? null : result.score(),
                result == null ? null : result.feasible(),
                result == null ? null : result.travelTimeSource(),
                result == null ? null : result.travelTimeEstimate(),
                result == null ? null : result.totals(),
                result == null ? null : result.lots(),
                result == null ? null : result.cooperatives(),
                result == null ? null : result.jobs(),
                current, stored.failure(), stored.createdAt(), stored.solvedAt());
    }

    /** Plans newest first, without their lots; {@code current} marks the one whose jobs are current. */
    @GetMapping("/allocation-plans")
    public PageResponse<AllocationPlanSummary> list(@RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        List<FieldProblem> problems = new ArrayList<>();
        Integer pageNumber = QueryParams.whole("page", page, 0, QueryParams.MAX_PAGE, 0, "0 is the first page",
                problems);
        Integer pageSize = QueryParams.whole("size", size, 1, QueryParams.MAX_SIZE, QueryParams.DEFAULT_SIZE,
                "omit it for " + QueryParams.DEFAULT_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PageResponse<>(plans.summaries(pageNumber, pageSize), plans.count(), pageNumber, pageSize);
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

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
