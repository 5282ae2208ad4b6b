package org.prossima.api.placement.plan;

/**
 * What to plan: one consortium's candidates ({@code consortium}), or the whole ASL when it is
 * absent; {@code seconds} of solving (1..300, 10 by default).
 */
public record PlanRequest(String consortium, Integer seconds) {
}
