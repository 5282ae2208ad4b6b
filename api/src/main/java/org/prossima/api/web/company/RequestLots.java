package org.prossima.api.web.company;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.prossima.api.demand.AllocationController;
import org.prossima.api.demand.AllocationPlanListItem;
import org.prossima.api.demand.AllocationPlanResponse;
import org.prossima.api.demand.DemandController;
import org.prossima.api.demand.LotsResponse;
import org.prossima.api.demand.ServiceRequestResponse;
import org.prossima.solver.territory.TerritoryClock;
import org.springframework.stereotype.Component;

/**
 * Where a company's requests stand: each one's lot and cooperative in the current allocation plan (the latest solved,
 * whose jobs are the current ones), or, for a request that plan does not hold yet, the lot it makes now with the
 * other companies' requests (GET /lots). Read through the demand API's own controllers, so the screen shows what the
 * API says, in the caller's scope.
 */
@Component
class RequestLots {

    private final DemandController demand;
    private final AllocationController allocation;

    RequestLots(DemandController demand, AllocationController allocation) {
        this.demand = demand;
        this.allocation = allocation;
    }

    /** The lots as they are now: by request id, the current plan's lot where it holds the request, else today's. */
    Lots lots() {
        Map<String, LotShare> byRequest = new HashMap<>();
        for (LotsResponse.Lot lot : demand.lots(null, null, null).lots()) {
            LotShare share = LotShare.forming(lot);
            lot.requests().forEach(r -> byRequest.put(r.id(), share));
        }
        Optional<AllocationPlanResponse> plan = currentPlan();
        plan.map(AllocationPlanResponse::lots).orElse(List.of()).forEach(lot -> {
            LotShare share = LotShare.planned(lot);
            lot.requestIds().forEach(id -> byRequest.put(id, share));
        });
        return new Lots(byRequest, plan.map(AllocationPlanResponse::solvedAt).map(t -> t.toLocalDate()).orElse(null),
                planUnderWay());
    }

    /** The current plan, if one has been solved. */
    private Optional<AllocationPlanResponse> currentPlan() {
        UUID id = allocation.currentJobs().planId();
        return id == null ? Optional.empty() : Optional.of(allocation.plan(id.toString()));
    }

    /** Whether the newest plan is still queued or solving (its lots will replace the current ones). */
    private boolean planUnderWay() {
        List<AllocationPlanListItem> newest = allocation.list("0", "1").items();
        return !newest.isEmpty() && List.of("QUEUED", "SOLVING").contains(newest.getFirst().status());
    }

    /**
     * The lots by request id, the day the current plan was solved (null: none yet), and whether a newer plan is
     * being solved.
     */
    record Lots(Map<String, LotShare> byRequest, LocalDate planDay, boolean planUnderWay) {

        RequestStanding standing(ServiceRequestResponse request) {
            if (!"ACTIVE".equals(request.status())) {
                return new RequestStanding(request, request.status(), null);
            }
            if (request.until().isBefore(TerritoryClock.today())) {
                return new RequestStanding(request, RequestStanding.ENDED, null);
            }
            return new RequestStanding(request, request.status(), byRequest.get(request.id()));
        }
    }
}
