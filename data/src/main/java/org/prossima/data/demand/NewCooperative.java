package org.prossima.data.demand;

import java.util.Map;

import org.prossima.solver.demand.ServiceType;

/** A cooperative to store or to replace, already checked: hours per week it takes on per service it offers. */
public record NewCooperative(String name, DemandPlace base, Map<ServiceType, Integer> weeklyCapacityHours,
        int maxTravelMinutes, int disadvantagedSharePercent) {

    public NewCooperative {
        weeklyCapacityHours = Map.copyOf(weeklyCapacityHours);
    }
}
