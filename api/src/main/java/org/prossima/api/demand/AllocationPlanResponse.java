package org.prossima.api.demand;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.prossima.api.solving.SolvingState;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An allocation plan as the API shows it. While solving, the lots and score are the best found so far (or absent
 * before the first solution). {@code current}: its jobs are the ones GET /api/v1/demand/jobs lists.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AllocationPlanResponse(UUID id, String status, Integer seconds, Integer joinMinutes,
        Integer maxLotWeeklyHours, String score, Boolean feasible, String travelTimeSource, Boolean travelTimeEstimate,
        Totals totals, List<AllocatedLot> lots, List<CooperativeLoad> cooperatives, List<JobResponse> jobs,
        Boolean current, String failure, OffsetDateTime createdAt, OffsetDateTime solvedAt,
        @JsonUnwrapped SolvingState solving) {

    /** Lots and their hours per week, in all and allocated; the jobs' seats and hours per week. */
    public record Totals(int lots, int allocatedLots, int weeklyHours, int allocatedWeeklyHours,
                         int unservedWeeklyHours,
                         int jobSeats, int jobWeeklyHours) {
    }

    /**
     * A lot and the cooperative taking it on ({@code travelMinutes} from its base), or, when none does, why
     * ({@code reason}); the label and the reason in the request's language.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AllocatedLot(String id, String serviceType, String serviceTypeLabel, int weeklyHours,
                               int employeesServed, List<String> requestIds, List<LotsResponse.ComuneRef> comuni,
                               LotsResponse.Coordinates centre, double radiusKm, LotsResponse.Point place,
                               LocalDate from, LocalDate until, String cooperativeId, String cooperativeName,
                               Integer travelMinutes, String reason) {
    }

    /** What a cooperative takes on, per service it offers, against its capacity. */
    public record CooperativeLoad(String id, String name, int weeklyHours, int capacityHours, List<Load> loads) {
    }

    public record Load(String serviceType, int weeklyHours, int capacityHours) {
    }
}
