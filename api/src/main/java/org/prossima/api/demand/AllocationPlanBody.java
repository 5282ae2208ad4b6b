package org.prossima.api.demand;

/**
 * What to solve: {@code seconds} of solving (1..300, default 10) over the lots made with {@code joinMinutes}
 * (1..240, default 20) and {@code maxLotWeeklyHours} (1..2000, default 160). Every field may be left out.
 */
public record AllocationPlanBody(Integer seconds, Integer joinMinutes, Integer maxLotWeeklyHours) {
}
