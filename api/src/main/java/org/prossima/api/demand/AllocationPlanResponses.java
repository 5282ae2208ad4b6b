package org.prossima.api.demand;

import java.util.List;
import java.util.UUID;

import org.prossima.api.solving.PlanSolving;
import org.prossima.api.demand.AllocationPlanResponse.AllocatedLot;
import org.prossima.api.demand.AllocationPlanResponse.CooperativeLoad;
import org.prossima.api.demand.AllocationPlanResponse.Load;
import org.prossima.api.demand.AllocationPlanResponse.Totals;
import org.prossima.api.text.Texts;
import org.prossima.data.demand.AllocationPlanRecord;
import org.prossima.data.demand.AllocationPlanSummary;
import org.prossima.data.demand.StoredAllocationPlan;
import org.prossima.data.plans.PlanStatus;
import org.springframework.stereotype.Component;

/** Stored allocation plans as the API shows them, their texts in the request's language. */
@Component
class AllocationPlanResponses {

    private final Texts texts;
    private final PlanSolving solving;

    AllocationPlanResponses(Texts texts, PlanSolving solving) {
        this.texts = texts;
        this.solving = solving;
    }

    /** A plan just accepted: its settings, queued, nothing solved yet. */
    AllocationPlanResponse accepted(UUID id, int seconds, int joinMinutes, int maxLotWeeklyHours) {
        return new AllocationPlanResponse(id, PlanStatus.QUEUED.name(), seconds, joinMinutes, maxLotWeeklyHours,
                null, null, null, null, null, null, null, null, null, null, null, null, solving.queued(id));
    }

    /** @param current whether its jobs are the current ones */
    AllocationPlanResponse response(StoredAllocationPlan stored, boolean current) {
        AllocationPlanRecord plan = stored.plan();
        return new AllocationPlanResponse(stored.id(), stored.status().name(), stored.timeLimitSeconds(),
                stored.problem().joinMinutes(), stored.problem().maxLotWeeklyHours(),
                plan == null ? null : plan.score(),
                plan == null ? null : plan.feasible(),
                plan == null ? null : plan.travelTimeSource(),
                plan == null ? null : plan.travelTimeEstimate(),
                plan == null ? null : totals(plan.totals()),
                plan == null ? null : plan.lots().stream().map(this::lot).toList(),
                plan == null ? null : plan.cooperatives().stream().map(AllocationPlanResponses::load).toList(),
                plan == null ? null : plan.jobs().stream().map(JobResponse::of).toList(),
                current, stored.failure(), stored.createdAt(), stored.solvedAt(), solving.state(stored.row()));
    }

    static AllocationPlanListItem item(AllocationPlanSummary summary) {
        return new AllocationPlanListItem(summary.id(), summary.status().name(), summary.timeLimitSeconds(),
                summary.joinMinutes(), summary.maxLotWeeklyHours(), summary.score(), summary.feasible(),
                summary.jobs(), summary.current(), summary.failure(), summary.createdAt(), summary.solvedAt());
    }

    private AllocatedLot lot(AllocationPlanRecord.Lot lot) {
        return new AllocatedLot(lot.id(), lot.serviceType().name(), texts.render(lot.serviceType().label()),
                lot.weeklyHours(), lot.employeesServed(), lot.requestIds(),
                lot.comuni().stream().map(LotsResponse.ComuneRef::of).toList(), LotsResponse.Coordinates.of(lot.centre()),
                lot.radiusKm(), LotsResponse.Point.of(lot.place()), lot.from(), lot.until(), lot.cooperativeId(),
                lot.cooperativeName(), lot.travelMinutes(), lot.reason() == null ? null : texts.render(lot.reason()));
    }

    private static Totals totals(AllocationPlanRecord.Totals t) {
        return new Totals(t.lots(), t.allocatedLots(), t.weeklyHours(), t.allocatedWeeklyHours(),
                t.unservedWeeklyHours(), t.jobSeats(), t.jobWeeklyHours());
    }

    private static CooperativeLoad load(AllocationPlanRecord.CooperativeLoad c) {
        List<Load> loads = c.loads().stream()
                .map(l -> new Load(l.serviceType().name(), l.weeklyHours(), l.capacityHours())).toList();
        return new CooperativeLoad(c.id(), c.name(), c.weeklyHours(), c.capacityHours(), loads);
    }
}
