package org.prossima.solver.demand;

import java.util.List;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * Planning entity: which cooperative takes on a lot, if any. Choices are the cooperatives offering the lot's service
 * within their travel limit.
 */
@PlanningEntity
public class LotAssignment {

    @PlanningId
    private String id;
    private Lot lot;
    private int[] travelMinutes;
    @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "cooperativeChoices")
    private Cooperative cooperative;
    private List<Cooperative> choices;

    @SuppressWarnings("unused") // for Timefold's solution cloner
    LotAssignment() {
    }

    /** @param travelMinutes minutes from each cooperative's base (by index) to the lot */
    LotAssignment(Lot lot, int[] travelMinutes, List<Cooperative> choices) {
        this.id = lot.id();
        this.lot = lot;
        this.travelMinutes = travelMinutes;
        this.choices = List.copyOf(choices);
    }

    public String getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public void setCooperative(Cooperative cooperative) {
        this.cooperative = cooperative;
    }

    @ValueRangeProvider(id = "cooperativeChoices")
    public List<Cooperative> getChoices() {
        return choices;
    }

    /** Travel minutes from the assigned cooperative's base to the lot; only call when one is assigned. */
    public int travelMinutes() {
        return travelMinutes[cooperative.index()];
    }

    public int travelMinutes(Cooperative from) {
        return travelMinutes[from.index()];
    }

    @Override
    public String toString() {
        return lot.id() + "→" + cooperative;
    }
}
