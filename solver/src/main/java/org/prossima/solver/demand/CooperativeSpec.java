package org.prossima.solver.demand;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A type-B social cooperative that can take on lots.
 *
 * @param id                        unique
 * @param name                      name, for people reading a plan
 * @param place                     index of its base in the problem's places
 * @param weeklyCapacityHours       hours per week it can take on, per service type it offers (a type absent or 0:
 *                                  not offered)
 * @param maxTravelMinutes          farthest it travels from its base, 1..240 minutes
 * @param disadvantagedSharePercent share of its working hours done by disadvantaged workers, 30..100 (type-B
 *                                  cooperatives employ at least 30% by law 381/1991)
 */
public record CooperativeSpec(String id, String name, int place, Map<ServiceType, Integer> weeklyCapacityHours,
        int maxTravelMinutes, int disadvantagedSharePercent) {

    public CooperativeSpec {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("cooperative id must not be blank");
        }
        name = name == null || name.isBlank() ? id : name;
        if (place < 0) {
            throw new IllegalArgumentException("cooperative " + id + ": place must not be negative: " + place);
        }
        Objects.requireNonNull(weeklyCapacityHours, "cooperative " + id + ": weeklyCapacityHours");
        var copy = new EnumMap<ServiceType, Integer>(ServiceType.class);
        weeklyCapacityHours.forEach((type, hours) -> {
            if (hours == null || hours < 0 || hours > 10_000) {
                throw new IllegalArgumentException("cooperative " + id + ": weeklyCapacityHours of " + type
                        + " must be within [0, 10000]: " + hours);
            }
            if (hours > 0) {
                copy.put(type, hours);
            }
        });
        weeklyCapacityHours = Map.copyOf(copy);
        if (maxTravelMinutes < 1 || maxTravelMinutes > 240) {
            throw new IllegalArgumentException("cooperative " + id + ": maxTravelMinutes must be within [1, 240]: "
                    + maxTravelMinutes);
        }
        if (disadvantagedSharePercent < 30 || disadvantagedSharePercent > 100) {
            throw new IllegalArgumentException("cooperative " + id
                    + ": disadvantagedSharePercent must be within [30, 100]: " + disadvantagedSharePercent);
        }
    }

    public boolean offers(ServiceType type) {
        return weeklyCapacityHours.containsKey(type);
    }

    public int capacity(ServiceType type) {
        return weeklyCapacityHours.getOrDefault(type, 0);
    }
}
