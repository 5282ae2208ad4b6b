package org.prossima.api.foodrecovery;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.prossima.api.error.InvalidRequestException;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Food-recovery route plans: post a problem, then read the plan while and after it is solved. */
@RestController
@RequestMapping("/api/v1/food-recovery")
public class FoodRecoveryController {

    private final FoodRecoveryJobs jobs;
    private final FoodRecoveryPlanReader plans;
    private final FoodRecoveryPlanResponses responses;
    private final DemoProblemFactory demo;
    private final FoodRecoveryProperties properties;

    FoodRecoveryController(FoodRecoveryJobs jobs, FoodRecoveryPlanReader plans, FoodRecoveryPlanResponses responses,
            DemoProblemFactory demo, FoodRecoveryProperties properties) {
        this.jobs = jobs;
        this.plans = plans;
        this.responses = responses;
        this.demo = demo;
        this.properties = properties;
    }

    /**
     * A realistic ASL TO4 problem for the next working day, ready to be posted back as it is;
     * {@code ?lots=N} (10..300, default 60) sets its size.
     */
    @GetMapping("/demo-problem")
    public FoodRecoveryProblemRequest demoProblem(@RequestParam(required = false) Integer lots) {
        int size = lots == null ? DemoProblemFactory.DEFAULT_LOTS : lots;
        if (size < DemoProblemFactory.MIN_LOTS || size > DemoProblemFactory.MAX_LOTS) {
            throw new InvalidRequestException("lots", lots, "the demo has between " + DemoProblemFactory.MIN_LOTS
                    + " and " + DemoProblemFactory.MAX_LOTS + " lots", "omit it for " + DemoProblemFactory.DEFAULT_LOTS);
        }
        return demo.demoProblem(TerritoryClock.today(), size);
    }

    @PostMapping("/plans")
    public ResponseEntity<FoodRecoveryPlanResponse> createPlan(
            @RequestParam(required = false) Integer seconds,
            @Valid @RequestBody FoodRecoveryProblemRequest problem) {
        int limit = seconds == null ? properties.defaultSeconds() : seconds;
        if (limit < 1 || limit > properties.maxSeconds()) {
            throw new InvalidRequestException("seconds", seconds,
                    "solving time must be between 1 and " + properties.maxSeconds() + " seconds",
                    "omit it for the default of " + properties.defaultSeconds() + " s");
        }
        UUID id = jobs.submit(problem, limit);
        return ResponseEntity.accepted().location(URI.create("/api/v1/food-recovery/plans/" + id))
                .body(FoodRecoveryPlanResponse.accepted(id));
    }

    @GetMapping("/plans/{id}")
    public FoodRecoveryPlanResponse plan(@PathVariable String id) {
        return responses.plan(plans.stored(id));
    }
}
